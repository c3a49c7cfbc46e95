package dev.oaa.jobs.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.testing.SparkSessionExtension;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class SchemasTest {

  private final SparkSession spark;

  SchemasTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void currentFindingIsFindingWithoutTheLifecycleColumnsInTheSameOrder() {
    List<String> finding = Arrays.asList(Schemas.FINDING.fieldNames());
    List<String> current = Arrays.asList(Schemas.CURRENT_FINDING.fieldNames());

    assertThat(finding)
        .filteredOn(c -> !List.of("created_at", "updated_at", "resolved_at").contains(c))
        .containsExactlyElementsOf(current);
    assertThat(Schemas.FINDING.simpleString())
        .isEqualTo(
            "struct<id:string,analyzer:string,finding_type:string,resource:string,"
                + "resource_type:string,resource_owner_account:string,"
                + "principal:map<string,string>,action:array<string>,"
                + "condition:map<string,array<string>>,is_public:boolean,status:string,"
                + "created_at:timestamp,updated_at:timestamp,analyzed_at:timestamp,"
                + "resolved_at:timestamp,details:string,witness:string,run_id:string>");
  }

  @Test
  void otherSchemasHaveTheAgreedColumns() {
    assertThat(Schemas.RESOURCE_POLICY.simpleString())
        .isEqualTo(
            "struct<snapshot_id:string,account_id:string,region:string,resource_type:string,"
                + "resource_arn:string,policy:string,source:string,source_key:string,"
                + "restrict_public_buckets:boolean>");
    assertThat(Schemas.ANALYSIS_ERROR.simpleString())
        .isEqualTo(
            "struct<run_id:string,phase:string,source_key:string,resource_arn:string,"
                + "reason:string,recorded_at:timestamp>");
    assertThat(Schemas.ORGANIZATION.simpleString())
        .isEqualTo("struct<organization_id:string,account_id:string>");
  }

  @Test
  void requireNamesTheCallingStepAndTheMissingColumn() {
    Dataset<Row> data = spark.sql("SELECT 'x' AS id, 1 AS status");

    assertThatThrownBy(() -> Schemas.require(data, Schemas.ORGANIZATION))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessage(
            "Cannot run SchemasTest: missing column `organization_id` (available: id, status)");
    assertThatThrownBy(() -> Schemas.require(data, Schemas.ORGANIZATION, "LoadOrganization"))
        .hasMessage(
            "Cannot run LoadOrganization: missing column `organization_id` (available: id,"
                + " status)");
  }

  @Test
  void requireChecksTypesIgnoringNullabilityAndAllowsExtraColumns() {
    Dataset<Row> data =
        spark.sql(
            "SELECT 'x' AS id, 1 AS status, map('AWS', '1') AS principal, array('a') AS action");
    StructType wanted =
        new StructType()
            .add("id", "string", false)
            .add("principal", "map<string,string>")
            .add("action", "array<string>");

    Schemas.require(data, wanted, "Step");
    assertThatThrownBy(() -> Schemas.require(data, wanted.add("status", "string"), "Step"))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessage("Cannot run Step: column `status` has type int, expected string");
  }
}
