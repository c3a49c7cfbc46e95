package dev.oaa.jobs.transform;

import static dev.oaa.jobs.findings.FindingStatus.ACTIVE;
import static dev.oaa.jobs.findings.FindingStatus.ARCHIVED;
import static dev.oaa.jobs.findings.FindingStatus.RESOLVED;
import static dev.oaa.jobs.findings.FindingStatus.UNKNOWN;
import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static dev.oaa.jobs.testing.Instants.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.jobs.findings.ArchiveRule;
import dev.oaa.jobs.findings.Criterion;
import dev.oaa.jobs.schema.Schemas;
import dev.oaa.jobs.testing.FindingRow;
import dev.oaa.jobs.testing.SparkSessionExtension;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each filter key and operator with a finding it matches and a close one it does not. */
@ExtendWith(SparkSessionExtension.class)
class ApplyArchiveRulesTest {

  private final SparkSession spark;

  ApplyArchiveRulesTest(SparkSession spark) {
    this.spark = spark;
  }

  /** {@code key: criterion} archives {@code matching} and leaves {@code other} ACTIVE. */
  private record Case(String key, Criterion criterion, FindingRow matching, FindingRow other) {}

  private static FindingRow bucket() {
    return FindingRow.access("bucket-a");
  }

  private static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "resourceType",
            Criterion.equalTo("AWS::S3::Bucket"),
            bucket(),
            bucket().resourceType("AWS::SQS::Queue")),
        new Case(
            "resourceType",
            Criterion.notEqualTo("AWS::SQS::Queue"),
            bucket(),
            bucket().resourceType("AWS::SQS::Queue")),
        new Case(
            "resource",
            Criterion.equalTo("arn:aws:s3:::bucket-a", "arn:aws:s3:::x"),
            bucket(),
            FindingRow.access("bucket-A")),
        new Case(
            "resource",
            Criterion.containing("-logs"),
            FindingRow.access("team-logs"),
            FindingRow.access("team-data")),
        new Case(
            "resource",
            new Criterion(List.of(), List.of("arn:aws:s3:::bucket-b"), List.of("bucket-"), null),
            bucket(),
            FindingRow.access("bucket-b")),
        new Case(
            "resourceOwnerAccount",
            Criterion.equalTo("111122223333"),
            bucket(),
            bucket().owner("222233334444")),
        new Case(
            "resourceOwnerAccount",
            Criterion.notEqualTo("111122223333", "222233334444"),
            bucket().owner("999988887777"),
            bucket().owner("222233334444")),
        new Case(
            "principal.AWS",
            Criterion.equalTo("444455556666"),
            bucket(),
            bucket().principal("AWS", "999988887777")),
        new Case(
            "principal.AWS",
            Criterion.notEqualTo("444455556666"),
            bucket().principal("AWS", "999988887777"),
            bucket()),
        new Case(
            "principal.AWS",
            Criterion.notEqualTo("444455556666"),
            bucket().principal("AWS", "999988887777"),
            bucket().principal("Service", "sns.amazonaws.com")),
        new Case(
            "principal.AWS",
            Criterion.containing(":role/"),
            bucket().principal("AWS", "arn:aws:iam::444455556666:role/reader"),
            bucket()),
        new Case(
            "principal.Service",
            Criterion.equalTo("lambda.amazonaws.com"),
            bucket().principal("Service", "lambda.amazonaws.com"),
            bucket().principal("Service", "sns.amazonaws.com")),
        new Case(
            "principal.Federated",
            Criterion.present(),
            bucket().principal("Federated", "token.actions.githubusercontent.com"),
            bucket()),
        new Case(
            "principal.Federated",
            Criterion.absent(),
            bucket(),
            bucket().principal("Federated", "token.actions.githubusercontent.com")),
        new Case(
            "principal.CanonicalUser",
            Criterion.equalTo("79a59df900b949e5"),
            bucket().principal("CanonicalUser", "79a59df900b949e5"),
            bucket().principal("AWS", "79a59df900b949e5")),
        new Case("isPublic", Criterion.equalTo("true"), bucket().isPublic(true), bucket()),
        new Case("isPublic", Criterion.equalTo("false"), bucket(), bucket().isPublic(true)),
        new Case("isPublic", Criterion.notEqualTo("true"), bucket(), bucket().isPublic(true)),
        new Case(
            "action",
            Criterion.equalTo("s3:getobject"),
            bucket().actions("s3:GetObject", "s3:ListBucket"),
            bucket().actions("s3:PutObject")),
        new Case(
            "action",
            Criterion.notEqualTo("s3:DeleteObject"),
            bucket(),
            bucket().actions("s3:DeleteObject", "s3:GetObject")),
        new Case(
            "action",
            Criterion.containing("delete"),
            bucket().actions("s3:DeleteBucket"),
            bucket()),
        new Case(
            "condition.aws:SourceVpce",
            Criterion.equalTo("vpce-1"),
            bucket().condition("aws:SourceVpce", "vpce-2", "vpce-1"),
            bucket().condition("aws:SourceVpce", "vpce-3")),
        new Case(
            "condition.aws:SourceVpce",
            Criterion.equalTo("vpce-1"),
            bucket().condition("aws:sourcevpce", "vpce-1"),
            bucket().condition("aws:SourceVpc", "vpce-1")),
        new Case(
            "condition.aws:SourceIp",
            Criterion.containing("10."),
            bucket().condition("aws:SourceIp", "10.0.0.0/8"),
            bucket().condition("aws:SourceIp", "192.168.0.0/16")),
        new Case(
            "condition.aws:PrincipalOrgID",
            Criterion.notEqualTo("o-123"),
            bucket().condition("aws:PrincipalOrgID", "o-999"),
            bucket()),
        new Case(
            "condition.aws:SourceAccount",
            Criterion.present(),
            bucket().condition("aws:SourceAccount", "111122223333"),
            bucket()),
        new Case(
            "condition.aws:SourceAccount",
            Criterion.absent(),
            bucket(),
            bucket().condition("aws:SourceAccount", "111122223333")));
  }

  @TestFactory
  Stream<DynamicTest> eachKeyAndOperatorArchivesTheMatchingFindingOnly() {
    return cases()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.key() + " " + describe(c.criterion()),
                    () -> {
                      ArchiveRule rule = new ArchiveRule("rule", Map.of(c.key(), c.criterion()));
                      Dataset<Row> findings =
                          findings(
                              c.matching().details("matching").current(ACTIVE, T0, "run"),
                              c.other().details("other").current(ACTIVE, T0, "run"));

                      assertThat(statuses(ApplyArchiveRules.apply(findings, List.of(rule))))
                          .containsExactlyInAnyOrderEntriesOf(
                              Map.of("matching", "ARCHIVED", "other", "ACTIVE"));
                    }));
  }

  @Test
  void everyKeyOfARuleMustMatchAndAnyRuleArchives() {
    ArchiveRule partnerReads =
        new ArchiveRule(
            "partner-reads",
            Map.of(
                "principal.AWS", Criterion.equalTo("444455556666"),
                "action", Criterion.equalTo("s3:GetObject")));
    ArchiveRule logs = new ArchiveRule("logs", Map.of("resource", Criterion.containing("logs")));
    Dataset<Row> findings =
        findings(
            bucket().details("both keys").current(ACTIVE, T0, "run"),
            bucket().actions("s3:PutObject").details("one key").current(ACTIVE, T0, "run"),
            FindingRow.access("logs")
                .actions("s3:PutObject")
                .details("other rule")
                .current(ACTIVE, T0, "run"));

    assertThat(statuses(ApplyArchiveRules.apply(findings, List.of(partnerReads, logs))))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("both keys", "ARCHIVED", "one key", "ACTIVE", "other rule", "ARCHIVED"));
  }

  @Test
  void onlyActiveFindingsAreArchivedAndNothingElseChanges() {
    ArchiveRule all = new ArchiveRule("all", Map.of("resource", Criterion.present()));
    Row[] rows = {
      FindingRow.access("a").stored(ACTIVE, T0, T0, T0, null, "run"),
      FindingRow.access("b").stored(ARCHIVED, T0, T0, T0, null, "run"),
      FindingRow.access("c").stored(RESOLVED, T0, T0, T0, T0, "run"),
      FindingRow.unknown("d").stored(UNKNOWN, T0, T0, T0, null, "run")
    };
    Dataset<Row> findings = spark.createDataFrame(Arrays.asList(rows), Schemas.FINDING);

    assertSameRows(
        spark.createDataFrame(
            List.of(
                FindingRow.access("a").stored(ARCHIVED, T0, T0, T0, null, "run"),
                rows[1],
                rows[2],
                rows[3]),
            Schemas.FINDING),
        ApplyArchiveRules.apply(findings, List.of(all)));
  }

  @Test
  void noRulesLeaveTheFindingsAsTheyAre() {
    Dataset<Row> findings = findings(bucket().current(ACTIVE, T0, "run"));

    assertThat(ApplyArchiveRules.apply(findings, List.of())).isSameAs(findings);
  }

  @Test
  void rejectsFindingsWithoutTheColumnsRulesRead() {
    Dataset<Row> findings = findings(bucket().current(ACTIVE, T0, "run")).drop("condition");

    assertThatThrownBy(() -> ApplyArchiveRules.apply(findings, List.of()))
        .isInstanceOf(AccessAnalyzerException.class)
        .hasMessageStartingWith(
            "Cannot run ApplyArchiveRules: missing column `condition` (available: id,");
  }

  private Dataset<Row> findings(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), Schemas.CURRENT_FINDING);
  }

  private static Map<String, String> statuses(Dataset<Row> findings) {
    return findings.select("details", "status").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
  }

  private static String describe(Criterion c) {
    StringBuilder text = new StringBuilder();
    if (!c.eq().isEmpty()) {
      text.append("eq ").append(c.eq()).append(' ');
    }
    if (!c.neq().isEmpty()) {
      text.append("neq ").append(c.neq()).append(' ');
    }
    if (!c.contains().isEmpty()) {
      text.append("contains ").append(c.contains()).append(' ');
    }
    if (c.exists() != null) {
      text.append("exists ").append(c.exists());
    }
    return text.toString().trim();
  }
}
