package dev.oaa.udfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.udfs.schema.UdfSchemas;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/** The function called directly: null handling, error rows and the row shape. */
class ExternalAccessUdfTest {
  private static final String BUCKET = "arn:aws:s3:::reports";
  private final ExternalAccessUdf udf = new ExternalAccessUdf(Duration.ofSeconds(10), "");

  private Row call(String policy, String type) {
    return udf.call(
        policy, type, BUCKET, CollectionConverters.asScala(List.of("111122223333")).toSeq(), "");
  }

  @Test
  void nullInputGivesNull() {
    assertThat(udf.call(null, "AWS::S3::Bucket", BUCKET, null, "")).isNull();
  }

  @Test
  void findingsHaveTheDeclaredShape() {
    Row row =
        call(
            "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"444455556666\"},"
                + " \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::reports/*\"}}",
            "AWS::S3::Bucket");
    assertThat(row.size()).isEqualTo(UdfSchemas.EXTERNAL_ACCESS.size());
    assertThat(row.getString(0)).isEqualTo("OK");
    assertThat(row.getString(1)).isEmpty();
    List<Row> findings = row.getList(2);
    assertThat(findings).hasSize(1);
    Row finding = findings.get(0);
    assertThat(finding.size()).isEqualTo(UdfSchemas.EXTERNAL_FINDING.size());
    assertThat(finding.getJavaMap(0)).isEqualTo(Map.of("AWS", "444455556666"));
    assertThat(finding.getList(1)).containsExactly("s3:GetObject");
    assertThat(finding.getBoolean(3)).isFalse();
    assertThat(finding.getString(5)).contains("\"account\":\"444455556666\"");
  }

  @Test
  void badInputIsAnErrorRowNotAnException() {
    Row parse =
        call("{\"Statement\": {\"Effect\": \"Alow\", \"Action\": \"*\"}}", "AWS::S3::Bucket");
    assertThat(parse.getString(0)).isEqualTo("ERROR");
    assertThat(parse.getString(1))
        .isEqualTo(
            "arn:aws:s3:::reports: Cannot parse policy at /Statement/Effect (line 1, column 26):"
                + " expected `Allow` or `Deny`, got `Alow`");
    Row type = call("{\"Statement\": []}", "AWS::S3::Bukket");
    assertThat(type.getString(1))
        .isEqualTo("arn:aws:s3:::reports: Unsupported resource type `AWS::S3::Bukket`");
  }
}
