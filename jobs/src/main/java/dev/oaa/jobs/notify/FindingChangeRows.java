package dev.oaa.jobs.notify;

import dev.oaa.jobs.notify.change.ChangeKind;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import dev.oaa.jobs.transform.FindingChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Turns the rows of {@link FindingChanges#select} into {@link FindingChange} values. */
public final class FindingChangeRows {

  private FindingChangeRows() {}

  /**
   * Collects {@code selected} to the driver, ordered by commit version then finding id (so one
   * finding's successive changes are announced in order). A run's changes are a few thousand rows
   * at most; the findings themselves stay in the table.
   */
  public static List<FindingChange> collect(Dataset<Row> selected) {
    List<FindingChange> changes = new ArrayList<>();
    for (Row row : selected.collectAsList()) {
      changes.add(toChange(row));
    }
    changes.sort(
        Comparator.comparingLong(FindingChange::commitVersion).thenComparing(FindingChange::id));
    return changes;
  }

  /** One row of {@link FindingChanges#select} as a change. */
  public static FindingChange toChange(Row row) {
    Finding finding =
        new Finding(
            row.getAs("id"),
            row.getAs("analyzer"),
            row.getAs("finding_type"),
            row.getAs("resource"),
            row.getAs("resource_type"),
            row.getAs("resource_owner_account"),
            stringMap(row, "principal"),
            stringList(row, "action"),
            listMap(row, "condition"),
            Boolean.TRUE.equals(row.getAs("is_public")),
            FindingStatus.parse(row.getAs("status")),
            instant(row, "created_at"),
            instant(row, "updated_at"),
            instant(row, "analyzed_at"),
            instant(row, "resolved_at"),
            orEmpty(row.getAs("details")),
            orEmpty(row.getAs("witness")),
            orEmpty(row.getAs("run_id")));
    long version = row.<Long>getAs(FindingChanges.COMMIT_VERSION);
    Instant committedAt = instant(row, FindingChanges.COMMITTED_AT);
    String kind = row.getAs(FindingChanges.CHANGE_KIND);
    if (ChangeKind.valueOf(kind) == ChangeKind.NEW) {
      return FindingChange.appeared(finding, version, committedAt);
    }
    return FindingChange.statusChanged(
        finding,
        FindingStatus.parse(row.getAs(FindingChanges.PREVIOUS_STATUS)),
        version,
        committedAt);
  }

  private static Map<String, String> stringMap(Row row, String column) {
    int index = row.fieldIndex(column);
    return row.isNullAt(index) ? Map.of() : row.getJavaMap(index);
  }

  private static List<String> stringList(Row row, String column) {
    int index = row.fieldIndex(column);
    return row.isNullAt(index) ? List.of() : row.getList(index);
  }

  private static Map<String, List<String>> listMap(Row row, String column) {
    int index = row.fieldIndex(column);
    if (row.isNullAt(index)) {
      return Map.of();
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    row.<String, Object>getJavaMap(index).forEach((key, value) -> values.put(key, list(value)));
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Seq<?> seq) {
      return CollectionConverters.asJava((Seq<String>) seq);
    }
    return (List<String>) value;
  }

  private static Instant instant(Row row, String column) {
    Object value = row.getAs(column);
    if (value == null) {
      return null;
    }
    return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
