package dev.oaa.jobs.admin;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.io.DeltaTableRef;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code oaa update-findings --ids … --status ARCHIVED|ACTIVE}: a user archives or unarchives
 * findings (AWS's {@code UpdateFindings}).
 *
 * <p>Only ACTIVE and ARCHIVED findings change by hand: a RESOLVED finding reopens only when a run
 * finds its access again, and an UNKNOWN one only when the solver answers. The command is all or
 * nothing: an unknown id or a finding in another status fails it before anything is written.
 * Findings already in the requested status are left as they are.
 */
public final class UpdateFindings {

  private static final int IDS_SHOWN = 10;

  private UpdateFindings() {}

  /** {@link #run(SparkSession, DeltaTableRef, List, String, Instant)} at the current time. */
  public static List<String> run(
      SparkSession spark, DeltaTableRef table, List<String> ids, String status) {
    return run(spark, table, ids, status, Instant.now());
  }

  /**
   * Sets {@code status} (ACTIVE or ARCHIVED) on the findings {@code ids}, with {@code updated_at =
   * asOf}.
   *
   * @return the ids whose status changed, in the order given
   * @throws AccessAnalyzerException for an invalid status, no ids, a missing table, unknown ids, or
   *     findings that are RESOLVED or UNKNOWN
   */
  public static List<String> run(
      SparkSession spark, DeltaTableRef table, List<String> ids, String status, Instant asOf) {
    FindingStatus target = settableStatus(status);
    Set<String> requested = new LinkedHashSet<>(ids);
    if (requested.isEmpty()) {
      throw new AccessAnalyzerException("Cannot update findings: no finding ids given");
    }
    if (!table.exists(spark)) {
      throw new AccessAnalyzerException(
          "Cannot update findings in " + table + ": the findings table does not exist");
    }
    Map<String, String> stored = statuses(spark, table, requested);
    List<String> unknown = requested.stream().filter(id -> !stored.containsKey(id)).toList();
    if (!unknown.isEmpty()) {
      throw new AccessAnalyzerException(
          "Cannot update findings in "
              + table
              + ": unknown finding "
              + plural(unknown)
              + " "
              + quoted(unknown));
    }
    for (String id : requested) {
      String current = stored.get(id);
      if (!current.equals(FindingStatus.ACTIVE.name())
          && !current.equals(FindingStatus.ARCHIVED.name())) {
        throw new AccessAnalyzerException(
            "Cannot update finding `"
                + id
                + "` to "
                + target
                + ": it is "
                + current
                + "; only ACTIVE and ARCHIVED findings can be archived or unarchived");
      }
    }
    List<String> changed =
        requested.stream().filter(id -> !stored.get(id).equals(target.name())).toList();
    if (!changed.isEmpty()) {
      String other =
          target == FindingStatus.ACTIVE
              ? FindingStatus.ARCHIVED.name()
              : FindingStatus.ACTIVE.name();
      table
          .open(spark)
          .update(
              col("id").isin(changed.toArray()).and(col("status").equalTo(other)),
              Map.of("status", lit(target.name()), "updated_at", lit(asOf)));
    }
    return changed;
  }

  private static FindingStatus settableStatus(String status) {
    if (status != null
        && (status.equals(FindingStatus.ACTIVE.name())
            || status.equals(FindingStatus.ARCHIVED.name()))) {
      return FindingStatus.valueOf(status);
    }
    throw new AccessAnalyzerException(
        "Cannot update findings: invalid status `" + status + "` (valid: ACTIVE, ARCHIVED)");
  }

  private static Map<String, String> statuses(
      SparkSession spark, DeltaTableRef table, Set<String> ids) {
    Map<String, String> statuses = new TreeMap<>();
    List<Row> rows =
        table
            .read(spark)
            .where(col("id").isin(ids.toArray()))
            .select("id", "status")
            .collectAsList();
    for (Row row : rows) {
      statuses.put(row.getString(0), row.getString(1));
    }
    return statuses;
  }

  private static String plural(List<String> ids) {
    return ids.size() == 1 ? "id" : "ids";
  }

  private static String quoted(List<String> ids) {
    List<String> shown = new ArrayList<>();
    ids.stream().limit(IDS_SHOWN).forEach(id -> shown.add("`" + id + "`"));
    String more = ids.size() > IDS_SHOWN ? " and " + (ids.size() - IDS_SHOWN) + " more" : "";
    return shown.stream().collect(Collectors.joining(", ")) + more;
  }
}
