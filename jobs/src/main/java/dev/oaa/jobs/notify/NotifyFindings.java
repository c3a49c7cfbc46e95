package dev.oaa.jobs.notify;

import dev.oaa.jobs.io.FindingsChangeFeed;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.publish.NotificationReport;
import dev.oaa.jobs.notify.publish.Notifier;
import dev.oaa.jobs.transform.FindingChanges;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The notification step of a run: read the {@code findings} change feed, select the changes to
 * announce, and deliver them to every target. It only reads the table.
 *
 * <pre>{@code
 * long before = FindingsChangeFeed.latestVersion(spark, table);
 * FindingsSink.merge(...);                                  // the run's commits
 * long after = FindingsChangeFeed.latestVersion(spark, table);
 * try (Notifier notifier = Notifier.create(config.notifications())) {
 *   NotificationReport report = NotifyFindings.run(spark, table, before + 1, after, notifier);
 * }
 * }</pre>
 *
 * Reading errors (a bad table or version range) are thrown; delivery failures never are: they are
 * counted in the report.
 */
public final class NotifyFindings {

  private NotifyFindings() {}

  /** Announces the changes of the commits {@code startingVersion} to {@code endingVersion}. */
  public static NotificationReport run(
      SparkSession spark,
      String table,
      long startingVersion,
      long endingVersion,
      Notifier notifier) {
    return notifier.publish(changes(spark, table, startingVersion, endingVersion));
  }

  /** The changes of the commits {@code startingVersion} to {@code endingVersion}, in order. */
  public static List<FindingChange> changes(
      SparkSession spark, String table, long startingVersion, long endingVersion) {
    if (endingVersion < startingVersion) {
      return List.of(); // The run committed nothing.
    }
    spark.sparkContext().setJobGroup("oaa-notify", "Read the findings change feed", false);
    try {
      Dataset<Row> feed = FindingsChangeFeed.read(spark, table, startingVersion, endingVersion);
      return FindingChangeRows.collect(FindingChanges.select(feed));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * The changes of the commits, from {@code startingVersion} to the latest, that belong to run
   * {@code runId} (see {@link FindingChanges#ofRun}).
   */
  public static List<FindingChange> changesOfRun(
      SparkSession spark, String table, String runId, long startingVersion) {
    long latest = FindingsChangeFeed.latestVersion(spark, table);
    if (latest < startingVersion) {
      return List.of();
    }
    Dataset<Row> feed = FindingsChangeFeed.read(spark, table, startingVersion, latest);
    return FindingChangeRows.collect(FindingChanges.select(FindingChanges.ofRun(feed, runId)));
  }
}
