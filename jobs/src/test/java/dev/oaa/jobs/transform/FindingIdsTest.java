package dev.oaa.jobs.transform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.testing.SparkSessionExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SparkSessionExtension.class)
class FindingIdsTest {

  private static final StructType ACCESS =
      new StructType(
          new org.apache.spark.sql.types.StructField[] {
            Schemas.FINDING.apply("analyzer"),
            Schemas.FINDING.apply("resource"),
            Schemas.FINDING.apply("principal"),
            Schemas.FINDING.apply("action"),
            Schemas.FINDING.apply("condition")
          });

  private static final String BUCKET = "arn:aws:s3:::bucket-a";

  private final SparkSession spark;

  FindingIdsTest(SparkSession spark) {
    this.spark = spark;
  }

  /** One access as a row and the same access as Java values. */
  private record Access(
      String resource,
      Map<String, String> principal,
      List<String> action,
      Map<String, List<String>> condition) {
    Row row() {
      return RowFactory.create("external", resource, principal, action, condition);
    }

    String javaId() {
      return FindingIds.of("external", resource, principal, action, condition);
    }
  }

  private static Access access(List<String> actions, Map<String, List<String>> condition) {
    return new Access(BUCKET, Map.of("AWS", "444455556666"), actions, condition);
  }

  private static Map<String, List<String>> ordered(Object... keysAndValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) keysAndValues[i + 1];
      map.put((String) keysAndValues[i], values);
    }
    return map;
  }

  @Test
  void sameAccessWrittenDifferentlyHasOneIdInSparkAndInJava() {
    List<Access> same =
        List.of(
            access(
                List.of("s3:GetObject", "s3:ListBucket"),
                ordered(
                    "aws:SourceVpce", List.of("vpce-1", "vpce-2"),
                    "aws:PrincipalOrgID", List.of("o-1"))),
            access(
                List.of("s3:listbucket", "s3:GetObject", "s3:GetObject"),
                ordered(
                    "aws:principalorgid", List.of("o-1"),
                    "aws:SourceVpce", List.of("vpce-2", "vpce-1", "vpce-1"))));

    List<String> ids = sparkIds(same);

    assertThat(ids).containsOnly(same.get(0).javaId()).hasSize(2);
    assertThat(same.get(1).javaId()).isEqualTo(same.get(0).javaId());
    assertThat(ids.get(0)).hasSize(32).matches("[0-9a-f]{32}");
  }

  @Test
  void differentAccessesHaveDifferentIdsEvenWhenSeparatorsHideInValues() {
    List<Access> different =
        List.of(
            access(List.of("s3:GetObject"), Map.of()),
            access(List.of("s3:GetObject", "s3:PutObject"), Map.of()),
            access(List.of("s3:GetObject"), Map.of("aws:SourceVpce", List.of("vpce-1"))),
            access(List.of("s3:GetObject"), Map.of("aws:SourceVpce", List.of("vpce-1", "vpce-2"))),
            access(List.of("s3:GetObject"), Map.of("aws:SourceVpce", List.of("vpce-1vpce-2"))),
            access(List.of("s3:GetObject"), Map.of("aws:SourceVpce", List.of("1:a", "b"))),
            access(List.of("s3:GetObject"), Map.of("aws:SourceVpce", List.of("1:a1:b"))),
            access(List.of("s3:Get|Object"), Map.of()),
            new Access(
                BUCKET + "|", Map.of("AWS", "444455556666"), List.of("s3:GetObject"), Map.of()),
            new Access(
                BUCKET,
                Map.of("AWS", "444455556666", "Service", "sns.amazonaws.com"),
                List.of("s3:GetObject"),
                Map.of()),
            new Access(
                BUCKET, Map.of("Service", "444455556666"), List.of("s3:GetObject"), Map.of()),
            new Access(
                "arn:aws:s3:::bucket-b",
                Map.of("AWS", "444455556666"),
                List.of("s3:GetObject"),
                Map.of()));

    List<String> ids = sparkIds(different);

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsExactlyElementsOf(different.stream().map(Access::javaId).toList());
  }

  @Test
  void nullMapsAndArraysReadAsEmptyOnes() {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("external", BUCKET, null, null, null));
    rows.add(RowFactory.create("external", BUCKET, Map.of(), List.of(), Map.of()));

    List<String> ids =
        spark
            .createDataFrame(rows, ACCESS)
            .select(FindingIds.column())
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();

    assertThat(ids).containsOnly(FindingIds.of("external", BUCKET, null, null, null));
  }

  @Test
  void idOfAKnownAccessNeverChanges() {
    // Pinned: changing the canonical form changes every stored id, and MERGE would then see every
    // finding as new. Change this value only together with a migration of the findings table.
    // sha256("8:external|21:arn:aws:s3:::bucket-a|3:AWS12:444455556666|12:s3:getobject|"
    //     + "14:aws:sourcevpce[6:vpce-1]"), first 32 hex digits (checked with sha256sum).
    assertThat(
            FindingIds.of(
                "external",
                BUCKET,
                Map.of("AWS", "444455556666"),
                List.of("s3:GetObject"),
                Map.of("aws:SourceVpce", List.of("vpce-1"))))
        .isEqualTo("2a32ceaa1fff83585cd90e6d55c8b3ef");
  }

  private List<String> sparkIds(List<Access> accesses) {
    List<Row> rows = accesses.stream().map(Access::row).toList();
    return spark
        .createDataFrame(rows, ACCESS)
        .select(FindingIds.column())
        .as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
  }
}
