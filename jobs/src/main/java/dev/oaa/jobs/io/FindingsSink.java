package dev.oaa.jobs.io;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.findings.FindingsRun;
import dev.oaa.jobs.findings.FindingsScope;
import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.transform.ApplyArchiveRules;
import dev.oaa.jobs.transform.FindingLifecycle;
import io.delta.tables.DeltaTable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Delta table {@code findings} ({@link Schemas#FINDING}, Change Data Feed on): merging a run's
 * findings with their lifecycle, archiving by rules, and expiring old RESOLVED findings.
 *
 * <p>Every operation writes nothing, and commits no Delta version, when it has nothing to change.
 * Earlier states stay queryable with Delta time travel until the table is vacuumed.
 */
public final class FindingsSink {

  /** How long RESOLVED findings are kept by default: 90 days, as AWS does. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  /** The table properties the findings table is created with. */
  public static final Map<String, String> TABLE_PROPERTIES =
      Map.of("delta.enableChangeDataFeed", "true");

  private FindingsSink() {}

  /** Creates the findings table with Change Data Feed on, unless it exists. */
  public static void createIfAbsent(SparkSession spark, DeltaTableRef table) {
    table.createIfAbsent(spark, Schemas.FINDING, TABLE_PROPERTIES);
  }

  /**
   * Merges one run's findings into the table (created if absent), following {@link
   * FindingLifecycle}: new findings inserted, findings seen again kept (ARCHIVED stays ARCHIVED,
   * RESOLVED reopens), findings of the scope that the run did not report RESOLVED. Running it again
   * with the same findings and {@code asOf} commits nothing.
   *
   * <p>A row that someone changed between the read and the commit (such as a user archiving it) is
   * left alone; the next run reconsiders it.
   *
   * @param current the run's findings ({@link Schemas#CURRENT_FINDING}), with archive rules applied
   *     if any
   * @param scope what the run analyzed; findings outside it are never resolved
   */
  public static MergeResult merge(
      SparkSession spark,
      DeltaTableRef table,
      Dataset<Row> current,
      FindingsScope scope,
      FindingsRun run) {
    createIfAbsent(spark, table);
    Dataset<Row> changes =
        FindingLifecycle.changes(table.read(spark), current, scope, run)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Row counts = counts(changes);
      long inserted = counts.getLong(0);
      long updated = counts.getLong(1);
      long resolved = counts.getLong(2);
      if (inserted + updated + resolved == 0) {
        return MergeResult.UNCHANGED;
      }
      DeltaTable target = table.open(spark);
      target
          .as("t")
          .merge(changes.as("s"), "t.id = s.id")
          .whenMatched(
              "t.status <=> s."
                  + FindingLifecycle.PREVIOUS_STATUS
                  + " AND t.updated_at <=> s."
                  + FindingLifecycle.PREVIOUS_UPDATED_AT)
          .updateExpr(assignments())
          .whenNotMatched("s." + FindingLifecycle.PREVIOUS_STATUS + " IS NULL")
          .insertExpr(assignments())
          .execute();
      return new MergeResult(OptionalLong.of(latestVersion(target)), inserted, updated, resolved);
    } finally {
      changes.unpersist();
    }
  }

  /**
   * Archives the ACTIVE findings that match any of {@code rules} (for a rule just added), with
   * {@code updated_at = asOf}.
   *
   * @return how many findings were archived
   */
  public static long archive(
      SparkSession spark, DeltaTableRef table, List<ArchiveRule> rules, Instant asOf) {
    if (rules.isEmpty() || !table.exists(spark)) {
      return 0;
    }
    Column condition =
        col("status").equalTo(FindingStatus.ACTIVE.name()).and(ApplyArchiveRules.matchesAny(rules));
    long count = table.read(spark).where(condition).count();
    if (count > 0) {
      table
          .open(spark)
          .update(
              condition,
              Map.of("status", lit(FindingStatus.ARCHIVED.name()), "updated_at", lit(asOf)));
    }
    return count;
  }

  /**
   * Deletes the findings RESOLVED more than {@code retention} before {@code asOf} (AWS keeps them
   * {@link #DEFAULT_RETENTION 90 days}).
   *
   * @return how many findings were deleted
   */
  public static long expire(
      SparkSession spark, DeltaTableRef table, Instant asOf, Duration retention) {
    if (retention.isNegative()) {
      throw new IllegalArgumentException("Retention must not be negative: " + retention);
    }
    if (!table.exists(spark)) {
      return 0;
    }
    Column condition =
        col("status")
            .equalTo(FindingStatus.RESOLVED.name())
            .and(col("resolved_at").lt(lit(asOf.minus(retention))));
    long count = table.read(spark).where(condition).count();
    if (count > 0) {
      table.open(spark).delete(condition);
    }
    return count;
  }

  /** Inserted, updated and resolved counts of a change set, in one pass. */
  private static Row counts(Dataset<Row> changes) {
    Column isNew = col(FindingLifecycle.PREVIOUS_STATUS).isNull();
    Column isResolved = col("status").equalTo(FindingStatus.RESOLVED.name());
    return changes
        .agg(
            count(isNew), count(not(isNew).and(not(isResolved))), count(not(isNew).and(isResolved)))
        .first();
  }

  private static Column count(Column predicate) {
    return coalesce(sum(when(predicate, 1L).otherwise(0L)), lit(0L));
  }

  private static Map<String, String> assignments() {
    Map<String, String> set = new LinkedHashMap<>();
    for (String name : Schemas.FINDING.fieldNames()) {
      set.put(name, "s." + name);
    }
    return set;
  }

  private static long latestVersion(DeltaTable table) {
    return table.history(1).select("version").first().getLong(0);
  }
}
