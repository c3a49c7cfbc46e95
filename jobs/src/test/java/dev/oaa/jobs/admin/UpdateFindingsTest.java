package dev.oaa.jobs.admin;

import static dev.oaa.jobs.findings.FindingStatus.ACTIVE;
import static dev.oaa.jobs.findings.FindingStatus.ARCHIVED;
import static dev.oaa.jobs.findings.FindingStatus.RESOLVED;
import static dev.oaa.jobs.findings.FindingStatus.UNKNOWN;
import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static dev.oaa.jobs.testing.Instants.T0;
import static dev.oaa.jobs.testing.Instants.T1;
import static dev.oaa.jobs.testing.Instants.T2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.io.DeltaTableRef;
import dev.oaa.jobs.io.FindingsSink;
import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.testing.FindingRow;
import dev.oaa.jobs.testing.SparkSessionExtension;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class UpdateFindingsTest {

  private static final FindingRow A = FindingRow.access("bucket-a");
  private static final FindingRow B = FindingRow.access("bucket-b");
  private static final FindingRow C = FindingRow.access("bucket-c");
  private static final FindingRow D = FindingRow.unknown("bucket-d");

  private final SparkSession spark;

  UpdateFindingsTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void userArchivesAndUnarchivesAndRepeatingIsANoOp(@TempDir Path dir) {
    DeltaTableRef table =
        table(
            dir,
            A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
            B.stored(ACTIVE, T0, T0, T0, null, "run-0"));

    assertThat(UpdateFindings.run(spark, table, List.of(A.id(), B.id()), "ARCHIVED", T1))
        .containsExactly(A.id(), B.id());
    assertThat(UpdateFindings.run(spark, table, List.of(B.id()), "ACTIVE", T2))
        .containsExactly(B.id());
    long versions = table.open(spark).history().count();
    assertThat(UpdateFindings.run(spark, table, List.of(A.id(), B.id()), "ARCHIVED", T2))
        .containsExactly(B.id());
    assertThat(UpdateFindings.run(spark, table, List.of(A.id(), B.id()), "ARCHIVED", T2)).isEmpty();

    assertThat(table.open(spark).history().count()).isEqualTo(versions + 1);
    assertSameRows(
        stored(
            A.stored(ARCHIVED, T0, T1, T0, null, "run-0"),
            B.stored(ARCHIVED, T0, T2, T0, null, "run-0")),
        table.read(spark));
  }

  @Test
  void unknownIdsOrFindingsNotActiveOrArchivedFailTheWholeUpdate(@TempDir Path dir) {
    DeltaTableRef table =
        table(
            dir,
            A.stored(ACTIVE, T0, T0, T0, null, "run-0"),
            C.stored(RESOLVED, T0, T0, T0, T0, "run-0"),
            D.stored(UNKNOWN, T0, T0, T0, null, "run-0"));
    List<Row> before = table.read(spark).collectAsList();

    assertThatThrownBy(
            () -> UpdateFindings.run(spark, table, List.of(A.id(), "nope", "gone"), "ARCHIVED"))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessage("Cannot update findings in " + table + ": unknown finding ids `nope`, `gone`");
    assertThatThrownBy(() -> UpdateFindings.run(spark, table, List.of("nope"), "ARCHIVED"))
        .hasMessage("Cannot update findings in " + table + ": unknown finding id `nope`");
    assertThatThrownBy(() -> UpdateFindings.run(spark, table, List.of(A.id(), C.id()), "ACTIVE"))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessage(
            "Cannot update finding `"
                + C.id()
                + "` to ACTIVE: it is RESOLVED; only ACTIVE and ARCHIVED findings can be"
                + " archived or unarchived");
    assertThatThrownBy(() -> UpdateFindings.run(spark, table, List.of(D.id()), "ARCHIVED"))
        .hasMessage(
            "Cannot update finding `"
                + D.id()
                + "` to ARCHIVED: it is UNKNOWN; only ACTIVE and ARCHIVED findings can be"
                + " archived or unarchived");

    assertThat(table.open(spark).history().count()).isEqualTo(2);
    assertSameRows(spark.createDataFrame(before, Schemas.FINDING), table.read(spark));
  }

  @Test
  void rejectsStatusesAUserCannotSetAndEmptyIdsBeforeReadingTheTable(@TempDir Path dir) {
    DeltaTableRef missing = DeltaTableRef.path(dir.resolve("none").toString());

    assertThatThrownBy(() -> UpdateFindings.run(spark, missing, List.of("x"), "RESOLVED"))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessage("Cannot update findings: invalid status `RESOLVED` (valid: ACTIVE, ARCHIVED)");
    assertThatThrownBy(() -> UpdateFindings.run(spark, missing, List.of("x"), "archived"))
        .hasMessage("Cannot update findings: invalid status `archived` (valid: ACTIVE, ARCHIVED)");
    assertThatThrownBy(() -> UpdateFindings.run(spark, missing, List.of(), "ACTIVE"))
        .hasMessage("Cannot update findings: no finding ids given");
    assertThatThrownBy(() -> UpdateFindings.run(spark, missing, List.of("x"), "ACTIVE"))
        .hasMessage("Cannot update findings in " + missing + ": the findings table does not exist");
  }

  private DeltaTableRef table(Path dir, Row... rows) {
    DeltaTableRef table = DeltaTableRef.path(dir.resolve("findings").toString());
    FindingsSink.createIfAbsent(spark, table);
    stored(rows).write().format("delta").mode("append").save(table.location());
    return table;
  }

  private Dataset<Row> stored(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.FINDING);
  }
}
