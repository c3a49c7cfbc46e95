package dev.oaa.jobs.io;

import static dev.oaa.jobs.findings.FindingStatus.ACTIVE;
import static dev.oaa.jobs.findings.FindingStatus.ARCHIVED;
import static dev.oaa.jobs.findings.FindingStatus.RESOLVED;
import static dev.oaa.jobs.findings.FindingStatus.UNKNOWN;
import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static dev.oaa.jobs.testing.Instants.T0;
import static dev.oaa.jobs.testing.Instants.T1;
import static dev.oaa.jobs.testing.Instants.T2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.Criterion;
import dev.oaa.jobs.findings.FindingsRun;
import dev.oaa.jobs.findings.FindingsScope;
import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.testing.FindingRow;
import dev.oaa.jobs.testing.SparkSessionExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The findings table on real Delta: lifecycle across runs, idempotence, CDF, rules, expiry. */
@ExtendWith(SparkSessionExtension.class)
class FindingsSinkTest {

  private static final FindingRow A = FindingRow.access("bucket-a");
  private static final FindingRow B = FindingRow.access("bucket-b");
  private static final FindingRow C = FindingRow.access("bucket-c");

  private static final ArchiveRule ARCHIVE_B =
      new ArchiveRule(
          "bucket-b-is-shared", Map.of("resource", Criterion.equalTo("arn:aws:s3:::bucket-b")));

  private static final StructType CHANGE_FEED =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("status", DataTypes.StringType)
          .add("_change_type", DataTypes.StringType)
          .add("_commit_version", DataTypes.LongType);

  private final SparkSession spark;

  FindingsSinkTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void followsFindingsAcrossRunsInTheTableAndItsChangeFeed(@TempDir Path dir) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    Instant archivedAt = T0.plus(Duration.ofHours(1));

    MergeResult first = merge(table, T0, A, B);
    assertThat(first).isEqualTo(new MergeResult(OptionalLong.of(1), 2, 0, 0));
    assertThat(FindingsSink.archive(spark, table, List.of(ARCHIVE_B), archivedAt)).isEqualTo(1);
    assertSameRows(
        stored(
            A.stored(ACTIVE, T0, T0, T0, null, "run-" + T0),
            B.stored(ARCHIVED, T0, archivedAt, T0, null, "run-" + T0)),
        table.read(spark));

    MergeResult second = merge(table, T1, B);
    assertThat(second).isEqualTo(new MergeResult(OptionalLong.of(3), 0, 1, 1));
    assertSameRows(
        stored(
            A.stored(RESOLVED, T0, T1, T1, T1, "run-" + T1),
            B.stored(ARCHIVED, T0, archivedAt, T1, null, "run-" + T1)),
        table.read(spark));

    MergeResult third = merge(table, T2, A, B);
    assertThat(third).isEqualTo(new MergeResult(OptionalLong.of(4), 0, 2, 0));
    assertSameRows(
        stored(
            A.stored(ACTIVE, T0, T2, T2, null, "run-" + T2),
            B.stored(ARCHIVED, T0, archivedAt, T2, null, "run-" + T2)),
        table.read(spark));
    assertSameRows(
        spark.createDataFrame(
            List.of(
                RowFactory.create(A.id(), "ACTIVE", "insert", 1L),
                RowFactory.create(B.id(), "ACTIVE", "insert", 1L),
                RowFactory.create(B.id(), "ACTIVE", "update_preimage", 2L),
                RowFactory.create(B.id(), "ARCHIVED", "update_postimage", 2L),
                RowFactory.create(A.id(), "ACTIVE", "update_preimage", 3L),
                RowFactory.create(A.id(), "RESOLVED", "update_postimage", 3L),
                RowFactory.create(B.id(), "ARCHIVED", "update_preimage", 3L),
                RowFactory.create(B.id(), "ARCHIVED", "update_postimage", 3L),
                RowFactory.create(A.id(), "RESOLVED", "update_preimage", 4L),
                RowFactory.create(A.id(), "ACTIVE", "update_postimage", 4L),
                RowFactory.create(B.id(), "ARCHIVED", "update_preimage", 4L),
                RowFactory.create(B.id(), "ARCHIVED", "update_postimage", 4L)),
            CHANGE_FEED),
        spark
            .read()
            .format("delta")
            .option("readChangeFeed", "true")
            .option("startingVersion", 1)
            .load(table.location())
            .select("id", "status", "_change_type", "_commit_version"));
  }

  @Test
  void mergingTheSameRunTwiceChangesNothingAndCommitsNothing(@TempDir Path dir) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    merge(table, T0, A, B, C);
    merge(table, T1, A, B);
    List<Row> before = table.read(spark).collectAsList();
    long versions = table.open(spark).history().count();

    MergeResult again = merge(table, T1, A, B);

    assertThat(again).isEqualTo(MergeResult.UNCHANGED);
    assertThat(table.open(spark).history().count()).isEqualTo(versions);
    assertThat(table.read(spark).count()).isEqualTo(3);
    assertSameRows(spark.createDataFrame(before, Schemas.FINDING), table.read(spark));
  }

  @Test
  void unknownResourceKeepsItsFindingsAndOtherResourcesAreNotTouched(@TempDir Path dir) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    FindingRow unknown = FindingRow.unknown("bucket-a");
    merge(table, T0, A, C);

    MergeResult gaveUp =
        FindingsSink.merge(
            spark,
            table,
            current(unknown.current(UNKNOWN, T1, "run")),
            scope("bucket-a"),
            new FindingsRun("external", T1, "run-1"));

    assertThat(gaveUp).isEqualTo(new MergeResult(OptionalLong.of(2), 1, 0, 0));
    assertSameRows(
        stored(
            A.stored(ACTIVE, T0, T0, T0, null, "run-" + T0),
            C.stored(ACTIVE, T0, T0, T0, null, "run-" + T0),
            unknown.stored(UNKNOWN, T1, T1, T1, null, "run-1")),
        table.read(spark));

    FindingsSink.merge(
        spark, table, current(), scope("bucket-a"), new FindingsRun("external", T2, "run-2"));

    assertSameRows(
        stored(
            A.stored(RESOLVED, T0, T2, T2, T2, "run-2"),
            C.stored(ACTIVE, T0, T0, T0, null, "run-" + T0),
            unknown.stored(RESOLVED, T1, T2, T2, T2, "run-2")),
        table.read(spark));
  }

  @Test
  void archiveAppliesANewRuleToStoredActiveFindingsOnly(@TempDir Path dir) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    FindingRow b2 = FindingRow.access("bucket-b").actions("s3:PutObject");
    append(
        table,
        B.stored(ACTIVE, T0, T0, T0, null, "run-0"),
        b2.stored(RESOLVED, T0, T0, T0, T0, "run-0"),
        C.stored(ACTIVE, T0, T0, T0, null, "run-0"));

    assertThat(FindingsSink.archive(spark, table, List.of(ARCHIVE_B), T1)).isEqualTo(1);
    long versions = table.open(spark).history().count();
    assertThat(FindingsSink.archive(spark, table, List.of(ARCHIVE_B), T2)).isZero();

    assertThat(table.open(spark).history().count()).isEqualTo(versions);
    assertSameRows(
        stored(
            B.stored(ARCHIVED, T0, T1, T0, null, "run-0"),
            b2.stored(RESOLVED, T0, T0, T0, T0, "run-0"),
            C.stored(ACTIVE, T0, T0, T0, null, "run-0")),
        table.read(spark));
  }

  @Test
  void expireDeletesOnlyFindingsResolvedBeforeTheRetention(@TempDir Path dir) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    Instant now = T0.plus(Duration.ofDays(90));
    Instant justInside = now.minus(Duration.ofDays(90));
    Instant tooOld = justInside.minusSeconds(1);
    FindingRow archivedLongAgo = FindingRow.access("bucket-d");
    append(
        table,
        A.stored(RESOLVED, T0, tooOld, tooOld, tooOld, "run-0"),
        B.stored(RESOLVED, T0, justInside, justInside, justInside, "run-0"),
        C.stored(ACTIVE, tooOld, tooOld, tooOld, null, "run-0"),
        archivedLongAgo.stored(ARCHIVED, tooOld, tooOld, tooOld, null, "run-0"));

    assertThat(FindingsSink.expire(spark, table, now, FindingsSink.DEFAULT_RETENTION)).isEqualTo(1);
    long versions = table.open(spark).history().count();
    assertThat(FindingsSink.expire(spark, table, now, FindingsSink.DEFAULT_RETENTION)).isZero();

    assertThat(table.open(spark).history().count()).isEqualTo(versions);
    assertSameRows(
        stored(
            B.stored(RESOLVED, T0, justInside, justInside, justInside, "run-0"),
            C.stored(ACTIVE, tooOld, tooOld, tooOld, null, "run-0"),
            archivedLongAgo.stored(ARCHIVED, tooOld, tooOld, tooOld, null, "run-0")),
        table.read(spark));
  }

  @Test
  void catalogTableIsCreatedWithChangeDataFeedAndMergedByName() {
    DeltaTableRef table = DeltaTableRef.name("findings_by_name");
    try {
      merge(table, T0, A);

      assertThat(
              spark
                  .sql("SHOW TBLPROPERTIES findings_by_name ('delta.enableChangeDataFeed')")
                  .first()
                  .getString(1))
          .isEqualTo("true");
      assertSameRows(stored(A.stored(ACTIVE, T0, T0, T0, null, "run-" + T0)), table.read(spark));
      assertThat(table.toString()).isEqualTo("table `findings_by_name`");
    } finally {
      spark.sql("DROP TABLE IF EXISTS findings_by_name");
    }
  }

  private MergeResult merge(DeltaTableRef table, Instant asOf, FindingRow... findings) {
    Row[] rows =
        Arrays.stream(findings).map(f -> f.current(ACTIVE, asOf, "run")).toArray(Row[]::new);
    return FindingsSink.merge(
        spark,
        table,
        current(rows),
        scope("bucket-a", "bucket-b", "bucket-c"),
        new FindingsRun("external", asOf, "run-" + asOf));
  }

  private void append(DeltaTableRef table, Row... rows) {
    FindingsSink.createIfAbsent(spark, table);
    stored(rows).write().format("delta").mode("append").save(table.location());
  }

  private FindingsScope scope(String... buckets) {
    List<String> arns = Arrays.stream(buckets).map(b -> "arn:aws:s3:::" + b).toList();
    return FindingsScope.resources(spark.createDataset(arns, Encoders.STRING()).toDF("arn"), "arn");
  }

  private Dataset<Row> current(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.CURRENT_FINDING);
  }

  private Dataset<Row> stored(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.FINDING);
  }
}
