package dev.oaa.jobs.notify;

import static dev.oaa.jobs.notify.FindingsTable.with;
import static dev.oaa.jobs.notify.FindingsTable.withId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.io.FindingsChangeFeed;
import dev.oaa.jobs.notify.change.ChangeKind;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import dev.oaa.jobs.notify.publish.NotificationReport;
import dev.oaa.jobs.notify.publish.Notifier;
import dev.oaa.jobs.notify.publish.TargetResult;
import dev.oaa.jobs.testing.LocalHttpServer;
import dev.oaa.jobs.testing.SparkSessionExtension;
import io.delta.tables.DeltaTable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;

/** The change feed of a real Delta {@code findings} table, written as the findings MERGE would. */
@ExtendWith(SparkSessionExtension.class)
class NotifyFindingsTest {

  private static final Instant T1 = Instant.parse("2026-01-06T02:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-07T02:00:00Z");
  private static final Instant T3 = Instant.parse("2026-01-08T02:00:00Z");

  private final SparkSession spark;

  NotifyFindingsTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void announcesNewFindingsAndStatusChangesOfEachRun(@TempDir Path dir) {
    String table = dir.resolve("findings").toString();
    Finding bucket = with(TestFindings.publicBucket(), FindingStatus.ACTIVE, "r1", T1);
    Finding archived =
        with(withId(TestFindings.publicBucket(), "b0"), FindingStatus.ARCHIVED, "r1", T1);
    Finding key =
        with(TestFindings.crossAccountKey(FindingStatus.ACTIVE), FindingStatus.ACTIVE, "r1", T1);
    Finding queue = with(TestFindings.undecidedQueue(), FindingStatus.UNKNOWN, "r2", T2);

    // Version 0: the empty table, Change Data Feed on.
    DeltaTable.create(spark)
        .location(table)
        .addColumns(FindingsTable.FINDING)
        .property("delta.enableChangeDataFeed", "true")
        .execute();
    // Version 1, run r1: three findings, one archived by a rule on arrival.
    merge(table, bucket, archived, key);
    // Version 2, run r2: the bucket is analyzed again (no change), the key's access is gone, the
    // queue could not be decided.
    merge(
        table,
        with(bucket, FindingStatus.ACTIVE, "r2", T2),
        with(key, FindingStatus.RESOLVED, "r2", T2),
        queue);
    // Version 3, run r3: the key's access is back.
    merge(table, with(key, FindingStatus.ACTIVE, "r3", T3));
    // Version 4: a user archives the bucket finding.
    spark.sql(
        "UPDATE delta.`"
            + table
            + "` SET status = 'ARCHIVED', updated_at = TIMESTAMP '2026-01-08 03:00:00'"
            + " WHERE id = '"
            + bucket.id()
            + "'");

    assertThat(FindingsChangeFeed.latestVersion(spark, table)).isEqualTo(4);
    assertThat(summary(NotifyFindings.changes(spark, table, 1, 1)))
        .containsExactly(
            "1 0123456789abcdef0123456789abcdef NEW null->ACTIVE",
            "1 fedcba9876543210fedcba9876543210 NEW null->ACTIVE");
    List<FindingChange> run2 = NotifyFindings.changes(spark, table, 2, 2);
    assertThat(summary(run2))
        .containsExactly(
            "2 00000000000000000000000000000042 NEW null->UNKNOWN",
            "2 fedcba9876543210fedcba9876543210 STATUS_CHANGED ACTIVE->RESOLVED");
    // Every column survives Delta and the conversion.
    assertThat(run2.get(1).finding()).isEqualTo(with(key, FindingStatus.RESOLVED, "r2", T2));
    assertThat(run2.get(0).finding()).isEqualTo(queue);
    assertThat(summary(NotifyFindings.changes(spark, table, 3, 4)))
        .containsExactly(
            "3 fedcba9876543210fedcba9876543210 STATUS_CHANGED RESOLVED->ACTIVE",
            "4 0123456789abcdef0123456789abcdef STATUS_CHANGED ACTIVE->ARCHIVED");
    assertThat(summary(NotifyFindings.changesOfRun(spark, table, "r3", 1)))
        .containsExactly("3 fedcba9876543210fedcba9876543210 STATUS_CHANGED RESOLVED->ACTIVE");
    assertThat(NotifyFindings.changes(spark, table, 5, 4)).isEmpty();
  }

  @Test
  void deliversTheChangesAndNeverWritesTheTable(@TempDir Path dir) {
    String table = dir.resolve("findings").toString();
    DeltaTable.create(spark)
        .location(table)
        .addColumns(FindingsTable.FINDING)
        .property("delta.enableChangeDataFeed", "true")
        .execute();
    merge(table, TestFindings.publicBucket(), TestFindings.crossAccountKey(FindingStatus.ACTIVE));
    long before = FindingsChangeFeed.latestVersion(spark, table);
    NotificationTargets targets =
        new NotificationTargets(
            List.of(
                new NotificationTargets.Webhook(
                    "down",
                    java.net.URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort()),
                    new NotificationTargets.Retry(2, Duration.ofMillis(1), Duration.ofMillis(2)),
                    Duration.ofSeconds(5))));

    NotificationReport report;
    try (Notifier notifier = Notifier.create(targets, AnonymousCredentialsProvider.create())) {
      report = NotifyFindings.run(spark, table, 1, before, notifier);
    }

    assertThat(report.changes()).isEqualTo(2);
    assertThat(report.targets())
        .singleElement()
        .extracting(TargetResult::delivered, TargetResult::failed)
        .containsExactly(0, 2);
    assertThat(FindingsChangeFeed.latestVersion(spark, table)).isEqualTo(before);
    assertThat(spark.read().format("delta").load(table).count()).isEqualTo(2);
  }

  /** What the findings sink does: MERGE on the stable id, updating every column. */
  private void merge(String table, Finding... findings) {
    Dataset<Row> source =
        spark.createDataFrame(
            Arrays.stream(findings).map(FindingsTable::row).toList(), FindingsTable.FINDING);
    DeltaTable.forPath(spark, table)
        .as("t")
        .merge(source.as("s"), functions.expr("t.id = s.id"))
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  private static List<String> summary(List<FindingChange> changes) {
    return changes.stream()
        .map(
            c ->
                c.commitVersion()
                    + " "
                    + c.id()
                    + " "
                    + c.kind()
                    + " "
                    + (c.kind() == ChangeKind.NEW ? "null" : c.previousStatus())
                    + "->"
                    + c.status())
        .toList();
  }
}
