package dev.oaa.jobs.transform;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Selects, from the Change Data Feed of the {@code findings} table, the changes to announce: every
 * new finding (an {@code insert}) that is ACTIVE or UNKNOWN, and every update whose status differs
 * from its preimage's (ACTIVE→RESOLVED, →ARCHIVED, RESOLVED→ACTIVE, UNKNOWN→ACTIVE, …).
 *
 * <p>Not announced: updates that keep the status (a re-run refreshing {@code analyzed_at}), a
 * finding inserted already ARCHIVED or RESOLVED (an archive rule caught it on arrival: muting it is
 * the rule's purpose), and deletes (retention purges of RESOLVED findings, already announced when
 * they were resolved).
 *
 * <p>Output: the finding columns of the postimage, plus {@value #CHANGE_KIND} ({@code NEW} or
 * {@code STATUS_CHANGED}), {@value #PREVIOUS_STATUS} (the preimage's status; null for {@code NEW}),
 * {@value #COMMIT_VERSION} and {@value #COMMITTED_AT}. A finding changed in several commits of the
 * range gives one row per commit.
 */
public final class FindingChanges {

  /** {@code NEW} or {@code STATUS_CHANGED}. */
  public static final String CHANGE_KIND = "change_kind";

  /** The status before a status change; null for a new finding. */
  public static final String PREVIOUS_STATUS = "previous_status";

  /** The Delta version of the commit that made the change. */
  public static final String COMMIT_VERSION = "commit_version";

  /** The timestamp of that commit. */
  public static final String COMMITTED_AT = "committed_at";

  /** The columns of the contract's {@code findings} table, in order. */
  public static final List<String> FINDING_COLUMNS =
      List.of(
          "id",
          "analyzer",
          "finding_type",
          "resource",
          "resource_type",
          "resource_owner_account",
          "principal",
          "action",
          "condition",
          "is_public",
          "status",
          "created_at",
          "updated_at",
          "analyzed_at",
          "resolved_at",
          "details",
          "witness",
          "run_id");

  static final String CHANGE_TYPE = "_change_type";
  static final String CDF_VERSION = "_commit_version";
  static final String CDF_TIMESTAMP = "_commit_timestamp";

  private FindingChanges() {}

  /**
   * The changes to announce among {@code changeFeed}, a Change Data Feed read of {@code findings}
   * (its columns plus {@code _change_type}, {@code _commit_version}, {@code _commit_timestamp}).
   */
  public static Dataset<Row> select(Dataset<Row> changeFeed) {
    require(changeFeed, "FindingChanges.select");
    Dataset<Row> after =
        changeFeed.where(col(CHANGE_TYPE).isin("insert", "update_postimage")).alias("after");
    Dataset<Row> before =
        changeFeed
            .where(col(CHANGE_TYPE).equalTo("update_preimage"))
            .select(
                col("id").as("before_id"),
                col(CDF_VERSION).as("before_version"),
                col("status").as(PREVIOUS_STATUS));
    Dataset<Row> paired =
        after.join(
            before,
            col("id")
                .equalTo(col("before_id"))
                .and(col(CDF_VERSION).equalTo(col("before_version"))),
            "left_outer");

    Column isNew =
        col(CHANGE_TYPE)
            .equalTo("insert")
            // A postimage without its preimage cannot be compared: announce it as new, not drop it.
            .or(col(PREVIOUS_STATUS).isNull());
    Column announced =
        when(isNew, col("status").isin("ACTIVE", "UNKNOWN"))
            .otherwise(col("status").notEqual(col(PREVIOUS_STATUS)));

    List<Column> columns = new ArrayList<>();
    FINDING_COLUMNS.forEach(name -> columns.add(col("after." + name).as(name)));
    columns.add(when(isNew, lit("NEW")).otherwise(lit("STATUS_CHANGED")).as(CHANGE_KIND));
    columns.add(
        when(isNew, lit(null)).otherwise(col(PREVIOUS_STATUS)).cast("string").as(PREVIOUS_STATUS));
    columns.add(col(CDF_VERSION).as(COMMIT_VERSION));
    columns.add(col(CDF_TIMESTAMP).as(COMMITTED_AT));
    return paired.where(announced).select(columns.toArray(new Column[0]));
  }

  /**
   * The rows of {@code changeFeed} that belong to the commits of one run: the commits in which some
   * inserted or updated finding carries {@code run_id = runId}. Apply {@link #select} to the
   * result. Call it right after the run: a later commit that keeps the rows' run id (a user
   * archiving by hand) would count as the run's too. Version ranges have no such ambiguity.
   */
  public static Dataset<Row> ofRun(Dataset<Row> changeFeed, String runId) {
    Objects.requireNonNull(runId, "runId");
    require(changeFeed, "FindingChanges.ofRun");
    Dataset<Row> runCommits =
        changeFeed
            .where(
                col(CHANGE_TYPE)
                    .isin("insert", "update_postimage")
                    .and(col("run_id").equalTo(lit(runId))))
            .select(col(CDF_VERSION).as("run_version"))
            .distinct();
    return changeFeed.join(runCommits, col(CDF_VERSION).equalTo(col("run_version")), "left_semi");
  }

  /** Fails early, naming the missing columns, as {@code Schemas.require} does for tables. */
  private static void require(Dataset<Row> changeFeed, String step) {
    Set<String> available = new LinkedHashSet<>(Arrays.asList(changeFeed.columns()));
    List<String> needed = new ArrayList<>(FINDING_COLUMNS);
    needed.addAll(List.of(CHANGE_TYPE, CDF_VERSION, CDF_TIMESTAMP));
    for (String column : needed) {
      if (!available.contains(column)) {
        throw new IllegalArgumentException(
            "Cannot run "
                + step
                + ": missing column `"
                + column
                + "` (available: "
                + String.join(", ", available)
                + "). Read the findings table with readChangeFeed=true");
      }
    }
  }
}
