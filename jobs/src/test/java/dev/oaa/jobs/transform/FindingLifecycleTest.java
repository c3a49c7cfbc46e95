package dev.oaa.jobs.transform;

import static dev.oaa.jobs.findings.FindingStatus.ACTIVE;
import static dev.oaa.jobs.findings.FindingStatus.ARCHIVED;
import static dev.oaa.jobs.findings.FindingStatus.RESOLVED;
import static dev.oaa.jobs.findings.FindingStatus.UNKNOWN;
import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static dev.oaa.jobs.testing.Instants.T0;
import static dev.oaa.jobs.testing.Instants.T1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.findings.FindingsRun;
import dev.oaa.jobs.findings.FindingsScope;
import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.testing.FindingRow;
import dev.oaa.jobs.testing.SparkSessionExtension;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every lifecycle transition, on in-memory rows: the rows to write, exactly. */
@ExtendWith(SparkSessionExtension.class)
class FindingLifecycleTest {

  private static final FindingsRun RUN = new FindingsRun("external", T1, "run-1");

  private static final FindingRow A = FindingRow.access("bucket-a");
  private static final FindingRow A2 = FindingRow.access("bucket-a").actions("s3:PutObject");
  private static final FindingRow B = FindingRow.access("bucket-b");
  private static final FindingRow C = FindingRow.access("bucket-c");

  private final SparkSession spark;

  FindingLifecycleTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void newAccessIsActiveWithEveryTimestampAtAsOf() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(), current(A.current(ACTIVE, T1, "run-1")), resources("bucket-a"), RUN);

    assertSameRows(changes(inserted(A.stored(ACTIVE, T1, T1, T1, null, "run-1"))), changes);
  }

  @Test
  void analyzedAtAndRunIdOfTheInputAreReplacedByTheRuns() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(), current(A.current(ACTIVE, T0, "other")), resources("bucket-a"), RUN);

    assertSameRows(changes(inserted(A.stored(ACTIVE, T1, T1, T1, null, "run-1"))), changes);
  }

  @Test
  void accessSeenAgainKeepsActiveOrArchivedAndItsTimes() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(
                A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
                B.stored(ARCHIVED, T0, T0, T0, null, "run-0")),
            current(A.current(ACTIVE, T1, "run-1"), B.current(ACTIVE, T1, "run-1")),
            resources("bucket-a", "bucket-b"),
            RUN);

    assertSameRows(
        changes(
            change(A.stored(ACTIVE, T0, T0, T1, null, "run-1"), ACTIVE, T0),
            change(B.stored(ARCHIVED, T0, T0, T1, null, "run-1"), ARCHIVED, T0)),
        changes);
  }

  @Test
  void resolvedAccessThatReturnsIsActiveAgain() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(A.stored(RESOLVED, T0, T0, T0, T0, "run-0")),
            current(A.current(ACTIVE, T1, "run-1")),
            resources("bucket-a"),
            RUN);

    assertSameRows(
        changes(change(A.stored(ACTIVE, T0, T1, T1, null, "run-1"), RESOLVED, T0)), changes);
  }

  @Test
  void absentAccessInScopeIsResolvedWhateverItsOpenStatus() {
    FindingRow unknown = FindingRow.unknown("bucket-a");
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(
                A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
                A2.stored(ARCHIVED, T0, T0, T0, null, "run-0"),
                unknown.stored(UNKNOWN, T0, T0, T0, null, "run-0"),
                B.stored(RESOLVED, T0, T0, T0, T0, "run-0")),
            current(),
            resources("bucket-a", "bucket-b"),
            RUN);

    assertSameRows(
        changes(
            change(A.stored(RESOLVED, T0, T1, T1, T1, "run-1"), ACTIVE, T0),
            change(A2.stored(RESOLVED, T0, T1, T1, T1, "run-1"), ARCHIVED, T0),
            change(unknown.stored(RESOLVED, T0, T1, T1, T1, "run-1"), UNKNOWN, T0)),
        changes);
  }

  @Test
  void findingsOfResourcesOutsideTheScopeAreNotTouched() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(
                A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
                C.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(),
            resources("bucket-a"),
            RUN);

    assertSameRows(
        changes(change(A.stored(RESOLVED, T0, T1, T1, T1, "run-1"), ACTIVE, T0)), changes);
  }

  @Test
  void accountScopeResolvesFindingsOfDeletedResourcesOfThoseAccountsOnly() {
    FindingRow otherAccount = FindingRow.access("bucket-x").owner("222233334444");
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(
                A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
                otherAccount.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(),
            FindingsScope.accounts(
                spark.createDataset(List.of("111122223333"), Encoders.STRING()).toDF("account"),
                "account"),
            RUN);

    assertSameRows(
        changes(change(A.stored(RESOLVED, T0, T1, T1, T1, "run-1"), ACTIVE, T0)), changes);
  }

  @Test
  void unknownResourceResolvesNoneOfItsFindings() {
    FindingRow unknown = FindingRow.unknown("bucket-a");
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(
                A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
                A2.stored(ARCHIVED, T0, T0, T0, null, "run-0"),
                B.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(unknown.current(UNKNOWN, T1, "run-1")),
            resources("bucket-a", "bucket-b"),
            RUN);

    assertSameRows(
        changes(
            inserted(unknown.stored(UNKNOWN, T1, T1, T1, null, "run-1")),
            change(B.stored(RESOLVED, T0, T1, T1, T1, "run-1"), ACTIVE, T0)),
        changes);
  }

  @Test
  void findingsOfOtherAnalyzersAreNotResolved() {
    FindingRow unused = FindingRow.access("bucket-a").analyzer("unused");
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(unused.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(),
            resources("bucket-a"),
            RUN);

    assertThat(changes.collectAsList()).isEmpty();
  }

  @Test
  void sameFindingsAndAsOfChangeNothingEvenUnderAnotherRunId() {
    FindingRow unknown = FindingRow.unknown("bucket-b");
    Dataset<Row> stored =
        stored(
            A.stored(ACTIVE, T0, T0, T1, null, "run-1"),
            A2.stored(ARCHIVED, T0, T0, T1, null, "run-1"),
            unknown.stored(UNKNOWN, T1, T1, T1, null, "run-1"),
            C.stored(RESOLVED, T0, T1, T1, T1, "run-1"));
    Dataset<Row> current =
        current(
            A.current(ACTIVE, T1, "x"),
            A2.current(ACTIVE, T1, "x"),
            unknown.current(UNKNOWN, T1, "x"));

    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored,
            current,
            resources("bucket-a", "bucket-b", "bucket-c"),
            new FindingsRun("external", T1, "run-1-again"));

    assertThat(changes.collectAsList()).isEmpty();
  }

  @Test
  void changedContentOfAFindingSeenAgainUpdatesUpdatedAt() {
    FindingRow moved = FindingRow.access("bucket-a").details("{\"statements\":[3]}");
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(A.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(moved.current(ACTIVE, T1, "run-1")),
            resources("bucket-a"),
            RUN);

    assertSameRows(
        changes(change(moved.stored(ACTIVE, T0, T1, T1, null, "run-1"), ACTIVE, T0)), changes);
  }

  @Test
  void ruleArchivedRowArchivesANewFindingButNotAFindingAUserKeptActive() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(A.stored(ACTIVE, T0, T0, T0, null, "run-0")),
            current(A.current(ARCHIVED, T1, "run-1"), B.current(ARCHIVED, T1, "run-1")),
            resources("bucket-a", "bucket-b"),
            RUN);

    assertSameRows(
        changes(
            change(A.stored(ACTIVE, T0, T0, T1, null, "run-1"), ACTIVE, T0),
            inserted(B.stored(ARCHIVED, T1, T1, T1, null, "run-1"))),
        changes);
  }

  @Test
  void unknownFindingThatTheSolverNowConfirmsTakesTheRunsStatus() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(A.stored(UNKNOWN, T0, T0, T0, null, "run-0")),
            current(A.current(ACTIVE, T1, "run-1")),
            resources("bucket-a"),
            RUN);

    assertSameRows(
        changes(change(A.stored(ACTIVE, T0, T1, T1, null, "run-1"), UNKNOWN, T0)), changes);
  }

  @Test
  void rowsWithTheSameIdAreOneAccessAndAConfirmedRowWins() {
    Dataset<Row> changes =
        FindingLifecycle.changes(
            stored(),
            current(
                A.current(UNKNOWN, T1, "run-1"),
                A.current(ACTIVE, T1, "run-1"),
                A.current(ACTIVE, T1, "run-1")),
            resources("bucket-a"),
            RUN);

    assertSameRows(changes(inserted(A.stored(ACTIVE, T1, T1, T1, null, "run-1"))), changes);
  }

  @Test
  void rejectsInputsWithoutTheFindingColumns() {
    Dataset<Row> current = current().drop("status");

    assertThatThrownBy(
            () -> FindingLifecycle.changes(stored(), current, resources("bucket-a"), RUN))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessageStartingWith(
            "Cannot run FindingLifecycle: missing column `status` (available: id, analyzer,");
  }

  private Dataset<Row> stored(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.FINDING);
  }

  private Dataset<Row> current(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.CURRENT_FINDING);
  }

  private Dataset<Row> changes(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), FindingLifecycle.CHANGE);
  }

  private FindingsScope resources(String... buckets) {
    List<String> arns = Arrays.stream(buckets).map(b -> "arn:aws:s3:::" + b).toList();
    return FindingsScope.resources(spark.createDataset(arns, Encoders.STRING()).toDF("arn"), "arn");
  }

  private static Row inserted(Row stored) {
    return change(stored, null, null);
  }

  private static Row change(Row stored, FindingStatus previous, Instant previousUpdatedAt) {
    Object[] values = Arrays.copyOf(toArray(stored), stored.length() + 2);
    values[stored.length()] = previous == null ? null : previous.name();
    values[stored.length() + 1] =
        previousUpdatedAt == null ? null : Timestamp.from(previousUpdatedAt);
    return RowFactory.create(values);
  }

  private static Object[] toArray(Row row) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < row.length(); i++) {
      values[i] = row.get(i);
    }
    return values;
  }
}
