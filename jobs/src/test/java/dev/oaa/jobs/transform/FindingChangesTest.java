package dev.oaa.jobs.transform;

import static dev.oaa.jobs.notify.FindingsTable.change;
import static dev.oaa.jobs.notify.FindingsTable.with;
import static dev.oaa.jobs.notify.FindingsTable.withId;
import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.notify.FindingChangeRows;
import dev.oaa.jobs.notify.FindingsTable;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import dev.oaa.jobs.testing.SparkSessionExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class FindingChangesTest {

  private static final Instant T1 = Instant.parse("2026-01-06T02:00:00Z");
  private static final Instant T2 = Instant.parse("2026-01-07T02:00:00Z");
  private static final Instant T3 = Instant.parse("2026-01-08T02:00:00Z");

  private static final StructType SUMMARY =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("status", DataTypes.StringType)
          .add(FindingChanges.CHANGE_KIND, DataTypes.StringType)
          .add(FindingChanges.PREVIOUS_STATUS, DataTypes.StringType)
          .add(FindingChanges.COMMIT_VERSION, DataTypes.LongType);

  private final SparkSession spark;

  FindingChangesTest(SparkSession spark) {
    this.spark = spark;
  }

  private final Finding active =
      with(withId(TestFindings.publicBucket(), "a"), FindingStatus.ACTIVE, "r1", T1);
  private final Finding archivedOnArrival =
      with(withId(TestFindings.publicBucket(), "b"), FindingStatus.ARCHIVED, "r1", T1);
  private final Finding undecided =
      with(withId(TestFindings.undecidedQueue(), "u"), FindingStatus.UNKNOWN, "r1", T1);
  private final Finding key =
      with(
          withId(TestFindings.crossAccountKey(FindingStatus.ACTIVE), "k"),
          FindingStatus.ACTIVE,
          "r1",
          T1);
  private final Finding gone = withId(TestFindings.crossAccountKey(FindingStatus.RESOLVED), "d");
  private final Finding orphan = withId(TestFindings.publicBucket(), "o");

  @Test
  void selectsNewActiveOrUndecidedFindingsAndStatusChanges() {
    Dataset<Row> selected = FindingChanges.select(feed());

    assertSameRows(
        summary(
            RowFactory.create("a", "ACTIVE", "NEW", null, 1L),
            RowFactory.create("k", "ACTIVE", "NEW", null, 1L),
            RowFactory.create("u", "UNKNOWN", "NEW", null, 1L),
            RowFactory.create("k", "RESOLVED", "STATUS_CHANGED", "ACTIVE", 2L),
            RowFactory.create("k", "ACTIVE", "STATUS_CHANGED", "RESOLVED", 3L),
            RowFactory.create("a", "ARCHIVED", "STATUS_CHANGED", "ACTIVE", 4L),
            RowFactory.create("o", "ACTIVE", "NEW", null, 5L)),
        selected.select(
            "id",
            "status",
            FindingChanges.CHANGE_KIND,
            FindingChanges.PREVIOUS_STATUS,
            FindingChanges.COMMIT_VERSION));
    List<String> columns = new ArrayList<>(FindingChanges.FINDING_COLUMNS);
    columns.addAll(
        List.of(
            FindingChanges.CHANGE_KIND,
            FindingChanges.PREVIOUS_STATUS,
            FindingChanges.COMMIT_VERSION,
            FindingChanges.COMMITTED_AT));
    assertThat(selected.columns()).containsExactlyElementsOf(columns);
  }

  @Test
  void rowsBecomeChangesInCommitOrderWithEveryColumn() {
    List<FindingChange> changes = FindingChangeRows.collect(FindingChanges.select(feed()));

    assertThat(changes)
        .map(c -> c.commitVersion() + ":" + c.id() + ":" + c.kind())
        .containsExactly(
            "1:a:NEW",
            "1:k:NEW",
            "1:u:NEW",
            "2:k:STATUS_CHANGED",
            "3:k:STATUS_CHANGED",
            "4:a:STATUS_CHANGED",
            "5:o:NEW");
    assertThat(changes.get(3))
        .isEqualTo(
            FindingChange.statusChanged(
                with(key, FindingStatus.RESOLVED, "r2", T2), FindingStatus.ACTIVE, 2, T2));
    assertThat(changes.get(0)).isEqualTo(FindingChange.appeared(active, 1, T1));
  }

  @Test
  void keepsTheCommitsOfOneRun() {
    assertThat(FindingChangeRows.collect(FindingChanges.select(FindingChanges.ofRun(feed(), "r3"))))
        .map(c -> c.commitVersion() + ":" + c.id() + ":" + c.status())
        .containsExactly("3:k:ACTIVE");
    // A later edit that keeps the row's run id (the user's archiving, version 4) counts as the
    // run's: read by version range when commits after the run are in the range.
    assertThat(versions(FindingChanges.ofRun(feed(), "r2"))).containsExactly(2L, 4L);
    assertThat(versions(FindingChanges.ofRun(feed(), "nope"))).isEmpty();
  }

  @Test
  void failsEarlyOnAPlainTableRead() {
    Dataset<Row> table =
        spark.createDataFrame(List.of(FindingsTable.row(active)), FindingsTable.FINDING);

    assertThatThrownBy(() -> FindingChanges.select(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Cannot run FindingChanges.select: missing column `_change_type` (available: id,"
                + " analyzer,")
        .hasMessageEndingWith("run_id). Read the findings table with readChangeFeed=true");
  }

  /**
   * Version 1 (run r1) inserts a (ACTIVE), b (ARCHIVED on arrival), u (UNKNOWN) and k; version 2
   * (run r2) refreshes a, resolves k and deletes d; version 3 (run r3) makes k active again;
   * version 4 is a user archiving a (its run id stays r2); version 5 has a postimage without its
   * preimage.
   */
  private Dataset<Row> feed() {
    Finding refreshed = with(active, FindingStatus.ACTIVE, "r2", T2);
    Finding resolved = with(key, FindingStatus.RESOLVED, "r2", T2);
    return spark.createDataFrame(
        Arrays.asList(
            change(active, "insert", 1, T1),
            change(archivedOnArrival, "insert", 1, T1),
            change(undecided, "insert", 1, T1),
            change(key, "insert", 1, T1),
            change(active, "update_preimage", 2, T2),
            change(refreshed, "update_postimage", 2, T2),
            change(key, "update_preimage", 2, T2),
            change(resolved, "update_postimage", 2, T2),
            change(gone, "delete", 2, T2),
            change(resolved, "update_preimage", 3, T3),
            change(with(resolved, FindingStatus.ACTIVE, "r3", T3), "update_postimage", 3, T3),
            change(refreshed, "update_preimage", 4, T3),
            change(with(refreshed, FindingStatus.ARCHIVED, "r2", T3), "update_postimage", 4, T3),
            change(orphan, "update_postimage", 5, T3)),
        FindingsTable.CHANGE_FEED);
  }

  private static List<Long> versions(Dataset<Row> changes) {
    return changes
        .select("_commit_version")
        .distinct()
        .orderBy("_commit_version")
        .collectAsList()
        .stream()
        .map(row -> row.getLong(0))
        .toList();
  }

  private Dataset<Row> summary(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), SUMMARY);
  }
}
