package dev.oaa.jobs.transform;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.map_filter;
import static org.apache.spark.sql.functions.map_values;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.Criterion;
import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.schema.Schemas;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Archive rules over findings: ACTIVE findings that match any rule become ARCHIVED (see {@link
 * ArchiveRule} for the keys and {@link Criterion} for the operators). Built-in Spark functions
 * only.
 *
 * <p>{@link #apply} archives the matching rows of a Dataset (a run's new findings); {@link
 * #matchesAny} is the predicate, for updating a stored table when a rule is added.
 */
public final class ApplyArchiveRules {

  private static final Set<String> READ =
      Set.of(
          "resource",
          "resource_type",
          "resource_owner_account",
          "principal",
          "action",
          "condition",
          "is_public",
          "status");

  /** The columns the rules read, with the types of {@link Schemas#FINDING}. */
  public static final StructType REQUIRED =
      new StructType(
          Arrays.stream(Schemas.FINDING.fields())
              .filter(f -> READ.contains(f.name()))
              .toArray(StructField[]::new));

  private static final Column NO_VALUES =
      array().cast(DataTypes.createArrayType(DataTypes.StringType));

  private ApplyArchiveRules() {}

  /**
   * {@code findings} with {@code status} set to ARCHIVED where it was ACTIVE and some rule matches;
   * other rows and columns unchanged. No rules: {@code findings} itself.
   */
  public static Dataset<Row> apply(Dataset<Row> findings, List<ArchiveRule> rules) {
    Schemas.require(findings, REQUIRED);
    if (rules.isEmpty()) {
      return findings;
    }
    return findings.withColumn(
        "status",
        when(
                col("status").equalTo(FindingStatus.ACTIVE.name()).and(matchesAny(rules)),
                lit(FindingStatus.ARCHIVED.name()))
            .otherwise(col("status")));
  }

  /** Whether some rule matches the row, whatever its status; never null; false for no rules. */
  public static Column matchesAny(List<ArchiveRule> rules) {
    Column any = lit(false);
    for (ArchiveRule rule : rules) {
      any = any.or(matches(rule));
    }
    return any;
  }

  /** Whether every criterion of {@code rule} holds for the row; never null. */
  public static Column matches(ArchiveRule rule) {
    Column all = lit(true);
    for (Map.Entry<String, Criterion> entry : rule.filter().entrySet()) {
      all = all.and(holds(field(entry.getKey()), entry.getValue()));
    }
    return all;
  }

  /** A finding field seen as a list of values, and how values and operands are normalized. */
  private record Field(Column values, Column present, UnaryOperator<String> normalize) {}

  private static Field field(String key) {
    switch (key) {
      case "resourceType":
        return single(col("resource_type"));
      case "resource":
        return single(col("resource"));
      case "resourceOwnerAccount":
        return single(col("resource_owner_account"));
      case "isPublic":
        return single(col("is_public").cast(DataTypes.StringType));
      case "action":
        Column actions = coalesce(transform(col("action"), a -> lower(a)), NO_VALUES);
        return new Field(actions, size(actions).gt(0), v -> v.toLowerCase(Locale.ROOT));
      default:
        break;
    }
    if (key.startsWith("principal.")) {
      String kind = key.substring("principal.".length());
      Column entries = map_filter(col("principal"), (k, v) -> k.equalTo(kind));
      Column values = coalesce(map_values(entries), NO_VALUES);
      return new Field(values, size(values).gt(0), UnaryOperator.identity());
    }
    if (key.startsWith(ArchiveRule.CONDITION_PREFIX)) {
      String name = key.substring(ArchiveRule.CONDITION_PREFIX.length()).toLowerCase(Locale.ROOT);
      Column entries = map_filter(col("condition"), (k, v) -> lower(k).equalTo(name));
      Column present = coalesce(size(entries).gt(0), lit(false));
      return new Field(
          coalesce(flatten(map_values(entries)), NO_VALUES), present, UnaryOperator.identity());
    }
    throw new IllegalArgumentException("unknown filter key `" + key + "`");
  }

  private static Field single(Column value) {
    Column values = when(value.isNull(), NO_VALUES).otherwise(array(value));
    return new Field(values, value.isNotNull(), UnaryOperator.identity());
  }

  private static Column holds(Field field, Criterion criterion) {
    Column result = lit(true);
    if (!criterion.eq().isEmpty()) {
      result = result.and(anyIn(field, criterion.eq()));
    }
    if (!criterion.neq().isEmpty()) {
      result = result.and(field.present()).and(not(anyIn(field, criterion.neq())));
    }
    if (!criterion.contains().isEmpty()) {
      Column any = lit(false);
      for (String operand : criterion.contains()) {
        String text = field.normalize().apply(operand);
        any = any.or(exists(field.values(), v -> v.contains(text)));
      }
      result = result.and(any);
    }
    if (criterion.exists() != null) {
      result = result.and(criterion.exists() ? field.present() : not(field.present()));
    }
    return coalesce(result, lit(false));
  }

  private static Column anyIn(Field field, List<String> operands) {
    Object[] normalized = operands.stream().map(field.normalize()).toArray();
    return exists(field.values(), v -> v.isin(normalized));
  }
}
