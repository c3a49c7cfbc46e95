package dev.oaa.jobs.transform;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_entries;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.transform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * The stable id of a finding: the same access gets the same id in every run, so {@code MERGE} can
 * follow a finding through its lifecycle.
 *
 * <p>The id is the first 32 hex digits of the SHA-256 of a canonical string {@code
 * analyzer|resource|principal|actions|condition}, where every value is written as {@code
 * <length>:<value>} (so no separator inside an ARN or a condition value can make two accesses
 * collide), the principal's entries are sorted by key, the actions are lower-cased (IAM actions
 * ignore case), de-duplicated and sorted, and the condition's keys are lower-cased (IAM condition
 * keys ignore case) and sorted, each with its values de-duplicated and sorted. Strings sort by
 * their UTF-8 bytes and lengths count code points, as Spark does. A null map or array reads as an
 * empty one.
 *
 * <p>{@link #column()} computes it in Spark; {@link #of} computes the same id without Spark (for
 * tests and for tools that name a finding).
 */
public final class FindingIds {

  private FindingIds() {}

  /**
   * The id of each row from its {@code analyzer}, {@code resource}, {@code principal}, {@code
   * action} and {@code condition} columns ({@code Schemas.CURRENT_FINDING} names and types).
   */
  public static Column column() {
    return column(
        col("analyzer"), col("resource"), col("principal"), col("action"), col("condition"));
  }

  /**
   * The id from explicit columns: {@code analyzer} and {@code resource} strings, {@code principal}
   * a {@code map<string,string>}, {@code action} an {@code array<string>} and {@code condition} a
   * {@code map<string,array<string>>}.
   */
  public static Column column(
      Column analyzer, Column resource, Column principal, Column action, Column condition) {
    Column principals =
        concat_ws(
            "",
            transform(
                array_sort(map_entries(principal)),
                e -> concat(token(e.getField("key")), token(e.getField("value")))));
    Column actions =
        concat_ws(
            "",
            transform(
                array_sort(array_distinct(transform(action, a -> lower(a)))), FindingIds::token));
    Column conditions =
        concat_ws(
            "",
            transform(
                array_sort(
                    transform(
                        map_entries(condition),
                        e ->
                            struct(
                                lower(e.getField("key")).as("key"),
                                array_sort(array_distinct(e.getField("value"))).as("values")))),
                e ->
                    concat(
                        token(e.getField("key")),
                        lit("["),
                        concat_ws("", transform(e.getField("values"), FindingIds::token)),
                        lit("]"))));
    Column canonical =
        concat_ws("|", token(analyzer), token(resource), principals, actions, conditions);
    return substring(sha2(canonical, 256), 1, 32);
  }

  /** The same id as {@link #column()}, computed in Java. Null maps and lists read as empty ones. */
  public static String of(
      String analyzer,
      String resource,
      Map<String, String> principal,
      List<String> action,
      Map<String, List<String>> condition) {
    Map<String, String> principals = principal == null ? Map.of() : principal;
    List<String> actions = action == null ? List.of() : action;
    Map<String, List<String>> conditions = condition == null ? Map.of() : condition;
    StringBuilder canonical = new StringBuilder();
    canonical.append(token(analyzer)).append('|').append(token(resource)).append('|');
    principals.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(FindingIds::compareUtf8))
        .forEach(e -> canonical.append(token(e.getKey())).append(token(e.getValue())));
    canonical.append('|');
    actions.stream()
        .map(a -> a.toLowerCase(Locale.ROOT))
        .distinct()
        .sorted(FindingIds::compareUtf8)
        .forEach(a -> canonical.append(token(a)));
    canonical.append('|');
    List<Map.Entry<String, List<String>>> entries = new ArrayList<>();
    conditions.forEach(
        (key, values) ->
            entries.add(
                Map.entry(
                    key.toLowerCase(Locale.ROOT),
                    values.stream().distinct().sorted(FindingIds::compareUtf8).toList())));
    entries.sort(
        Comparator.<Map.Entry<String, List<String>>, String>comparing(
                Map.Entry::getKey, FindingIds::compareUtf8)
            .thenComparing(Map.Entry::getValue, FindingIds::compareLists));
    for (Map.Entry<String, List<String>> entry : entries) {
      canonical.append(token(entry.getKey())).append('[');
      entry.getValue().forEach(v -> canonical.append(token(v)));
      canonical.append(']');
    }
    return sha256Hex(canonical.toString()).substring(0, 32);
  }

  /** {@code <length>:<value>}, with a null value read as "". */
  private static Column token(Column value) {
    Column text = coalesce(value, lit(""));
    return concat(length(text).cast("string"), lit(":"), text);
  }

  private static String token(String value) {
    String text = value == null ? "" : value;
    return text.codePointCount(0, text.length()) + ":" + text;
  }

  /** Spark's string order: unsigned UTF-8 bytes. */
  private static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Spark's array order: element by element, then the shorter first. */
  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = compareUtf8(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
