package dev.oaa.reasoning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.PrincipalKind;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** External access per resource type, with the zone of an account or an organization. */
class ExternalAccessAnalyzerTest {
  private static final String OWNER = "111122223333";
  private static final String BUCKET = "arn:aws:s3:::reports";

  private final ExternalAccessAnalyzer analyzer =
      new ExternalAccessAnalyzer(
          new Z3Solver(), EvaluatorReplay.INSTANCE, Duration.ofSeconds(10), ActionUniverse.none());

  @AfterEach
  void close() {
    analyzer.close();
  }

  private List<ExternalFinding> findings(
      String statements, ResourceType type, String arn, ZoneOfTrust zone) {
    ExternalAccessResult result =
        analyzer.analyze(
            PolicyParser.parse(
                "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}"),
            type,
            arn,
            zone);
    assertThat(result).isInstanceOf(ExternalAccessResult.Findings.class);
    return result.findings();
  }

  private List<ExternalFinding> bucket(String statements) {
    return findings(statements, ResourceType.S3_BUCKET, BUCKET, ZoneOfTrust.account(OWNER));
  }

  @Test
  void anotherAccountIsAFindingWithItsActions() {
    List<ExternalFinding> f =
        bucket(
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::444455556666:root\","
                + " \"111122223333\"]}, \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],"
                + " \"Resource\": [\"arn:aws:s3:::reports\", \"arn:aws:s3:::reports/*\"]}");
    assertThat(f).hasSize(1);
    ExternalFinding finding = f.get(0);
    assertThat(finding.principal()).isEqualTo(Map.of("AWS", "arn:aws:iam::444455556666:root"));
    assertThat(finding.actions()).containsExactly("s3:GetObject", "s3:ListBucket");
    assertThat(finding.condition()).isEmpty();
    assertThat(finding.isPublic()).isFalse();
    assertThat(finding.witness().account()).isEqualTo("444455556666");
    assertThat(finding.statements()).containsExactly(0);
  }

  @Test
  void anyoneIsPublicAndAnOrganizationConditionIsNot() {
    ExternalFinding open =
        bucket(
                "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                    + " \"Resource\": \"arn:aws:s3:::reports/*\"}")
            .get(0);
    assertThat(open.principal()).isEqualTo(Map.of("AWS", "*"));
    assertThat(open.isPublic()).isTrue();
    String orgOnly =
        "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\":"
            + " \"arn:aws:s3:::reports/*\", \"Condition\": {\"StringEquals\":"
            + " {\"aws:PrincipalOrgID\": \"o-abc123\"}}}";
    ExternalFinding org = bucket(orgOnly).get(0);
    assertThat(org.isPublic()).isFalse();
    assertThat(org.condition()).isEqualTo(Map.of("aws:PrincipalOrgID", List.of("o-abc123")));
    // An organization analyzer of that organization sees no external access.
    assertThat(
            findings(
                orgOnly,
                ResourceType.S3_BUCKET,
                BUCKET,
                ZoneOfTrust.organization("o-abc123", Set.of(OWNER, "444455556666"))))
        .isEmpty();
  }

  @Test
  void insideTheZoneOrDeniedIsNoFinding() {
    assertThat(
            bucket(
                "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\":"
                    + " \"s3:*\", \"Resource\": \"arn:aws:s3:::reports/*\"}"))
        .isEmpty();
    assertThat(
            bucket(
                "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                    + " \"Resource\": \"arn:aws:s3:::reports/*\"},"
                    + "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\":"
                    + " \"arn:aws:s3:::reports/*\", \"Condition\": {\"StringNotEquals\":"
                    + " {\"aws:PrincipalAccount\": \"111122223333\"}}}"))
        .isEmpty();
    // A policy for another bucket grants nothing on this one.
    assertThat(
            bucket(
                "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\","
                    + " \"Resource\": \"arn:aws:s3:::other/*\"}"))
        .isEmpty();
  }

  @Test
  void aQueueOpenToAnotherAccountsTopicIsAServiceFinding() {
    String queue = "arn:aws:sqs:us-east-1:111122223333:jobs";
    String statement =
        "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"sns.amazonaws.com\"}, \"Action\":"
            + " \"sqs:SendMessage\", \"Resource\": \""
            + queue
            + "\", \"Condition\": {\"ArnEquals\": {\"aws:SourceArn\": \"%s\"}}}";
    List<ExternalFinding> foreign =
        findings(
            String.format(statement, "arn:aws:sns:us-east-1:444455556666:alerts"),
            ResourceType.SQS_QUEUE,
            queue,
            ZoneOfTrust.account(OWNER));
    assertThat(foreign).hasSize(1);
    assertThat(foreign.get(0).principal()).isEqualTo(Map.of("Service", "sns.amazonaws.com"));
    assertThat(foreign.get(0).condition())
        .isEqualTo(Map.of("aws:SourceArn", List.of("arn:aws:sns:us-east-1:444455556666:alerts")));
    assertThat(foreign.get(0).witness().kind()).isEqualTo(PrincipalKind.SERVICE);
    assertThat(
            findings(
                String.format(statement, "arn:aws:sns:us-east-1:111122223333:alerts"),
                ResourceType.SQS_QUEUE,
                queue,
                ZoneOfTrust.account(OWNER)))
        .isEmpty();
  }

  @Test
  void aKeySharedWithAnUnknownAccountThroughCallerAccount() {
    String key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd";
    List<ExternalFinding> f =
        findings(
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": [\"kms:Decrypt\","
                + " \"kms:DescribeKey\"], \"Resource\": \"*\", \"Condition\": {\"StringEquals\":"
                + " {\"kms:CallerAccount\": \"999988887777\"}}}",
            ResourceType.KMS_KEY,
            key,
            ZoneOfTrust.account(OWNER));
    assertThat(f).hasSize(1);
    assertThat(f.get(0).condition())
        .isEqualTo(Map.of("kms:CallerAccount", List.of("999988887777")));
    assertThat(f.get(0).actions()).containsExactly("kms:Decrypt", "kms:DescribeKey");
    assertThat(f.get(0).isPublic()).isFalse();
  }

  @Test
  void aRoleTrustingGithubWithoutSubIsPublic() {
    String role = "arn:aws:iam::111122223333:role/deploy";
    String trust =
        "{\"Effect\": \"Allow\", \"Principal\": {\"Federated\":"
            + " \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},"
            + " \"Action\": \"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringEquals\":"
            + " {\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"%s}}}";
    ExternalFinding open =
        findings(
                String.format(trust, ""),
                ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT,
                role,
                ZoneOfTrust.account(OWNER))
            .get(0);
    assertThat(open.principal())
        .isEqualTo(
            Map.of(
                "Federated",
                "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"));
    assertThat(open.isPublic()).isTrue();
    ExternalFinding pinned =
        findings(
                String.format(
                    trust,
                    ", \"token.actions.githubusercontent.com:sub\": \"repo:acme/app:ref:refs/heads/main\""),
                ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT,
                role,
                ZoneOfTrust.account(OWNER))
            .get(0);
    assertThat(pinned.isPublic()).isFalse();
    assertThat(pinned.condition())
        .containsEntry(
            "token.actions.githubusercontent.com:sub",
            List.of("repo:acme/app:ref:refs/heads/main"));
  }
}
