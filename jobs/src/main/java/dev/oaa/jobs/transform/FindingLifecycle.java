package dev.oaa.jobs.transform;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.findings.FindingsRun;
import dev.oaa.jobs.findings.FindingsScope;
import dev.oaa.jobs.schema.Schemas;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The lifecycle of findings (issue 4, section 4): from the stored findings and one run's findings,
 * the rows to write, each as it must look afterwards.
 *
 * <ul>
 *   <li>A new access is inserted with the run's status (ACTIVE or UNKNOWN; ARCHIVED when archive
 *       rules matched), {@code created_at = updated_at = analyzed_at = asOf}.
 *   <li>An access seen again keeps ACTIVE, ARCHIVED or UNKNOWN-unless-now-confirmed; a RESOLVED
 *       finding reopens with the run's status and {@code resolved_at} null. {@code updated_at}
 *       becomes {@code asOf} when the status or the content (details, witness, publicness, actions'
 *       spelling, types) changes; {@code analyzed_at} is always {@code asOf}.
 *   <li>An ACTIVE, ARCHIVED or UNKNOWN finding of the run's analyzer whose resource (or owner
 *       account) is in the {@link FindingsScope scope} and that the run did not report becomes
 *       RESOLVED, {@code resolved_at = updated_at = asOf}, unless the run reported the resource
 *       UNKNOWN: a solver that gave up proves nothing gone.
 *   <li>Nothing else is written: a second run with the same findings and {@code asOf} produces no
 *       rows (idempotence), even under a different run id.
 * </ul>
 *
 * <p>The output has the {@link Schemas#FINDING} columns, then {@value #PREVIOUS_STATUS} and {@value
 * #PREVIOUS_UPDATED_AT}: the stored values the row was computed from (null for a new finding), so
 * that a writer can skip rows someone changed in the meantime.
 */
public final class FindingLifecycle {

  /** The stored status the row was computed from; null for a new finding. */
  public static final String PREVIOUS_STATUS = "_previous_status";

  /** The stored {@code updated_at} the row was computed from; null for a new finding. */
  public static final String PREVIOUS_UPDATED_AT = "_previous_updated_at";

  /** The schema of {@link #changes}. */
  public static final StructType CHANGE =
      Schemas.FINDING
          .add(PREVIOUS_STATUS, DataTypes.StringType)
          .add(PREVIOUS_UPDATED_AT, DataTypes.TimestampType);

  private static final List<String> CONTENT =
      List.of(
          "finding_type",
          "resource_type",
          "resource_owner_account",
          "action",
          "is_public",
          "details",
          "witness");

  private static final Column NULL_TIMESTAMP = lit(null).cast(DataTypes.TimestampType);

  private FindingLifecycle() {}

  /**
   * The rows to write into the findings table: see the class comment.
   *
   * @param existing the stored findings ({@link Schemas#FINDING})
   * @param current this run's findings ({@link Schemas#CURRENT_FINDING}); their {@code analyzed_at}
   *     and {@code run_id} are replaced by the run's. Rows with the same id are one access: one of
   *     them is kept, a confirmed one before an UNKNOWN one
   * @param scope what the run analyzed; only findings inside it can be resolved
   * @param run the analyzer, {@code asOf} and run id
   */
  public static Dataset<Row> changes(
      Dataset<Row> existing, Dataset<Row> current, FindingsScope scope, FindingsRun run) {
    Schemas.require(existing, Schemas.FINDING);
    Schemas.require(current, Schemas.CURRENT_FINDING);
    Dataset<Row> seen = onePerId(current);
    return seenAgainOrNew(existing, seen, run)
        .unionByName(resolved(existing, seen, scope, run))
        .select(columns(CHANGE));
  }

  private static Dataset<Row> onePerId(Dataset<Row> current) {
    Column unknownLast = when(col("status").equalTo(FindingStatus.UNKNOWN.name()), 1).otherwise(0);
    return current
        .select(columns(Schemas.CURRENT_FINDING))
        .withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy("id")
                        .orderBy(
                            unknownLast,
                            col("details").asc_nulls_last(),
                            col("witness").asc_nulls_last(),
                            col("action").asc_nulls_last())))
        .where(col("_rank").equalTo(1))
        .drop("_rank");
  }

  private static Dataset<Row> seenAgainOrNew(
      Dataset<Row> existing, Dataset<Row> seen, FindingsRun run) {
    Dataset<Row> t = existing.select(prefixed(Schemas.FINDING, "t_"));
    Dataset<Row> joined = seen.join(t, seen.col("id").equalTo(t.col("t_id")), "left");
    Column isNew = col("t_id").isNull();
    Column status =
        when(isNew, col("status"))
            .when(
                col("t_status").isin(FindingStatus.RESOLVED.name(), FindingStatus.UNKNOWN.name()),
                col("status"))
            .otherwise(col("t_status"));
    Column sameContent = lit(true);
    for (String name : CONTENT) {
      sameContent = sameContent.and(col(name).eqNullSafe(col("t_" + name)));
    }
    Column modified = isNew.or(not(status.eqNullSafe(col("t_status")))).or(not(sameContent));
    Column asOf = lit(run.asOf());
    Map<String, Column> values = new HashMap<>();
    values.put("status", status);
    values.put("created_at", coalesce(col("t_created_at"), asOf));
    values.put("updated_at", when(modified, asOf).otherwise(col("t_updated_at")));
    values.put("resolved_at", NULL_TIMESTAMP);
    values.put("analyzed_at", asOf);
    values.put("run_id", lit(run.runId()));
    values.put(PREVIOUS_STATUS, col("t_status"));
    values.put(PREVIOUS_UPDATED_AT, col("t_updated_at"));
    Column write = modified.or(not(col("t_analyzed_at").eqNullSafe(asOf)));
    return joined.where(write).select(columns(CHANGE, values));
  }

  private static Dataset<Row> resolved(
      Dataset<Row> existing, Dataset<Row> seen, FindingsScope scope, FindingsRun run) {
    Dataset<Row> scopeKeys = scope.keys().select(col(scope.column()).as("_scope_key"));
    Dataset<Row> seenIds = seen.select(col("id").as("_seen_id"));
    Dataset<Row> unknownResources =
        seen.where(col("status").equalTo(FindingStatus.UNKNOWN.name()))
            .select(col("resource").as("_unknown_resource"))
            .distinct();
    Column asOf = lit(run.asOf());
    Map<String, Column> values = new HashMap<>();
    values.put("status", lit(FindingStatus.RESOLVED.name()));
    values.put("updated_at", asOf);
    values.put("analyzed_at", asOf);
    values.put("resolved_at", asOf);
    values.put("run_id", lit(run.runId()));
    values.put(PREVIOUS_STATUS, col("status"));
    values.put(PREVIOUS_UPDATED_AT, col("updated_at"));
    return existing
        .where(
            col("analyzer")
                .equalTo(run.analyzer())
                .and(
                    col("status")
                        .isin(
                            FindingStatus.ACTIVE.name(),
                            FindingStatus.ARCHIVED.name(),
                            FindingStatus.UNKNOWN.name())))
        .join(scopeKeys, col(scope.column()).equalTo(col("_scope_key")), "left_semi")
        .join(seenIds, col("id").equalTo(col("_seen_id")), "left_anti")
        .join(unknownResources, col("resource").equalTo(col("_unknown_resource")), "left_anti")
        .select(columns(CHANGE, values));
  }

  private static Column[] columns(StructType schema) {
    return columns(schema, Map.of());
  }

  /** The columns of {@code schema}, each from {@code values} if it is there, else by name. */
  private static Column[] columns(StructType schema, Map<String, Column> values) {
    return Arrays.stream(schema.fieldNames())
        .map(name -> values.containsKey(name) ? values.get(name).as(name) : col(name))
        .toArray(Column[]::new);
  }

  private static Column[] prefixed(StructType schema, String prefix) {
    return Arrays.stream(schema.fieldNames())
        .map(name -> col(name).as(prefix + name))
        .toArray(Column[]::new);
  }
}
