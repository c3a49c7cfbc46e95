package dev.oaa.reasoning.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.ConcreteRequest;
import dev.oaa.reasoning.smt.Outcome;
import dev.oaa.reasoning.smt.PrincipalKind;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.Solver;
import dev.oaa.reasoning.smt.Term;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {
  private final PolicyChecks checks =
      new PolicyChecks(
          new Z3Solver(),
          EvaluatorReplay.INSTANCE,
          Duration.ofSeconds(10),
          UnaryOperator.identity());

  @AfterEach
  void close() {
    checks.close();
  }

  private static PolicyDocument policy(String statements) {
    return PolicyParser.parse("{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
  }

  private static CheckResult.Fail fail(CheckResult result) {
    assertThat(result).isInstanceOf(CheckResult.Fail.class);
    return (CheckResult.Fail) result;
  }

  @Test
  void noNewAccessPassesForANarrowerPolicy() {
    PolicyDocument existing =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"s3:Get*\", \"Resource\": \"arn:aws:s3:::b/*\"}");
    PolicyDocument candidate =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"s3:GetObjectTagging\"],"
                + " \"Resource\": \"arn:aws:s3:::b/reports/*\"}");
    assertThat(checks.checkNoNewAccess(existing, candidate, PolicyType.IDENTITY_POLICY))
        .isEqualTo(
            new CheckResult.Pass(
                "The modified permissions do not grant new access compared to your existing"
                    + " policy."));
  }

  @Test
  void noNewAccessNamesOnlyTheStatementsThatAddAccess() {
    PolicyDocument existing =
        policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");
    PolicyDocument candidate =
        policy(
            "{\"Sid\": \"Same\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\":"
                + " \"*\"},"
                + "{\"Sid\": \"Adds\", \"Effect\": \"Allow\", \"Action\": \"s3:PutObject\","
                + " \"Resource\": \"arn:aws:s3:::b/*\"}");
    CheckResult.Fail fail =
        fail(checks.checkNoNewAccess(existing, candidate, PolicyType.IDENTITY_POLICY));
    assertThat(fail.reasons())
        .containsExactly(
            new CheckResult.Reason("New access in the statement with index: 1.", 1, "Adds"));
    assertThat(fail.witness().action()).isEqualTo("s3:PutObject");
    assertThat(fail.witness().resource()).startsWith("arn:aws:s3:::b/");
    assertThat(fail.witness().kind()).isIn(PrincipalKind.IAM_USER, PrincipalKind.ROLE_SESSION);
  }

  @Test
  void aDenyThatRemovesTheNewAccessPasses() {
    PolicyDocument existing =
        policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");
    PolicyDocument candidate =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"},"
                + "{\"Effect\": \"Deny\", \"NotAction\": \"s3:GetObject\", \"Resource\": \"*\"}");
    assertThat(checks.checkNoNewAccess(existing, candidate, PolicyType.IDENTITY_POLICY).verdict())
        .isEqualTo(CheckResult.Verdict.PASS);
  }

  @Test
  void droppingAConditionIsNewAccessWithAWitnessOutsideIt() {
    PolicyDocument existing =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\","
                + " \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"10.0.0.0/8\"}}}");
    PolicyDocument candidate =
        policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}");
    ConcreteRequest witness =
        fail(checks.checkNoNewAccess(existing, candidate, PolicyType.IDENTITY_POLICY)).witness();
    List<String> ip = witness.context().getOrDefault("aws:sourceip", List.of());
    assertThat(ip.isEmpty() || !ip.get(0).startsWith("10.")).as(witness.toString()).isTrue();
  }

  @Test
  void aNewAccountInAResourcePolicyIsNewAccess() {
    String statement =
        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": %s}, \"Action\": \"sqs:SendMessage\","
            + " \"Resource\": \"arn:aws:sqs:us-east-1:111122223333:q\"}";
    PolicyDocument existing = policy(String.format(statement, "\"111122223333\""));
    PolicyDocument candidate =
        policy(String.format(statement, "[\"111122223333\", \"444455556666\"]"));
    ConcreteRequest witness =
        fail(checks.checkNoNewAccess(existing, candidate, PolicyType.RESOURCE_POLICY)).witness();
    assertThat(witness.account()).isEqualTo("444455556666");
    assertThat(witness.action()).isEqualTo("sqs:SendMessage");
  }

  @Test
  void accessNotGrantedChecksActionsResourcesOrBoth() {
    PolicyDocument p =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/*\"},"
                + "{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"arn:aws:s3:::b/secret/*\"}");
    assertThat(
            checks
                .checkAccessNotGranted(
                    p,
                    List.of(
                        new Access(List.of("s3:GetObject"), List.of("arn:aws:s3:::b/secret/*"))),
                    PolicyType.IDENTITY_POLICY)
                .verdict())
        .isEqualTo(CheckResult.Verdict.PASS);
    CheckResult.Fail fail =
        fail(
            checks.checkAccessNotGranted(
                p,
                List.of(new Access(List.of(), List.of("arn:aws:s3:::b/public/*"))),
                PolicyType.IDENTITY_POLICY));
    assertThat(fail.reasons()).extracting(CheckResult.Reason::statementIndex).containsExactly(0);
    assertThat(fail.witness().resource()).startsWith("arn:aws:s3:::b/public/");
    assertThat(
            checks
                .checkAccessNotGranted(
                    p,
                    List.of(new Access(List.of("s3:PutObject"), List.of())),
                    PolicyType.IDENTITY_POLICY)
                .verdict())
        .isEqualTo(CheckResult.Verdict.PASS);
  }

  @Test
  void publicAccessFollowsTheConditionsThatPinTheCaller() {
    String open =
        "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\":"
            + " \"arn:aws:s3:::b/*\"%s}";
    assertThat(publicVerdict(String.format(open, ""))).isEqualTo("FAIL");
    assertThat(
            publicVerdict(
                String.format(open, condition("StringEquals", "aws:PrincipalOrgID", "o-abc123"))))
        .isEqualTo("PASS");
    assertThat(
            publicVerdict(
                String.format(
                    open, condition("StringEquals", "aws:SourceAccount", "111122223333"))))
        .isEqualTo("PASS");
    assertThat(
            publicVerdict(
                String.format(open, condition("StringEquals", "aws:SourceVpce", "vpce-1a2b3c"))))
        .isEqualTo("PASS");
    assertThat(
            publicVerdict(
                String.format(open, condition("IpAddress", "aws:SourceIp", "10.0.0.0/8"))))
        .isEqualTo("PASS");
    assertThat(
            publicVerdict(
                String.format(open, condition("IpAddress", "aws:SourceIp", "203.0.113.0/24"))))
        .isEqualTo("FAIL");
    // A key the caller chooses does not pin anyone.
    assertThat(publicVerdict(String.format(open, condition("Bool", "aws:SecureTransport", "true"))))
        .isEqualTo("FAIL");
    // Wildcards do not pin either.
    assertThat(
            publicVerdict(
                String.format(open, condition("StringLike", "aws:PrincipalOrgID", "o-*"))))
        .isEqualTo("FAIL");
    assertThat(
            publicVerdict(
                "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"}, \"Action\":"
                    + " \"s3:*\", \"Resource\": \"*\"}"))
        .isEqualTo("PASS");
    assertThat(
            publicVerdict(
                "{\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"111122223333\"}, \"Action\":"
                    + " \"s3:*\", \"Resource\": \"*\"}"))
        .isEqualTo("FAIL");
  }

  @Test
  void aTrustPolicyForGithubActionsWithoutSubIsPublic() {
    String trust =
        "{\"Effect\": \"Allow\", \"Principal\": {\"Federated\":"
            + " \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},"
            + " \"Action\": \"sts:AssumeRoleWithWebIdentity\", \"Condition\": {\"StringEquals\":"
            + " {\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"%s}}}";
    CheckResult.Fail fail =
        fail(
            checks.checkNoPublicAccess(
                policy(String.format(trust, "")), ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT));
    assertThat(fail.witness().kind()).isEqualTo(PrincipalKind.FEDERATED);
    assertThat(
            checks
                .checkNoPublicAccess(
                    policy(
                        String.format(
                            trust,
                            ", \"token.actions.githubusercontent.com:sub\":"
                                + " \"repo:acme/deploy:ref:refs/heads/main\"")),
                    ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT)
                .verdict())
        .isEqualTo(CheckResult.Verdict.PASS);
  }

  @Test
  void aSolverThatGivesUpIsUnknownNeverPass() {
    Solver givesUp =
        new Solver() {
          @Override
          public Outcome check(Term formula, RequestSpace space, Duration timeout) {
            return new Outcome.Unknown("Z3 gave up: timeout");
          }

          @Override
          public void close() {}
        };
    try (PolicyChecks undecided =
        new PolicyChecks(
            givesUp, EvaluatorReplay.INSTANCE, Duration.ofMillis(1), UnaryOperator.identity())) {
      CheckResult result =
          undecided.checkNoNewAccess(
              policy("{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"),
              policy("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}"),
              PolicyType.IDENTITY_POLICY);
      assertThat(result)
          .isEqualTo(
              new CheckResult.Unknown(
                  "check-no-new-access could not be decided: Z3 gave up: timeout"));
    }
  }

  @Test
  void aWitnessTheEvaluatorRejectsIsAnInternalError() {
    Replay disagrees = (policy, type, request) -> false;
    try (PolicyChecks broken =
        new PolicyChecks(
            new Z3Solver(), disagrees, Duration.ofSeconds(10), UnaryOperator.identity())) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  broken.checkNoNewAccess(
                      policy(
                          "{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}"),
                      policy("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}"),
                      PolicyType.IDENTITY_POLICY))
          .isInstanceOf(WitnessMismatchException.class)
          .hasMessageStartingWith(
              "Internal error in check-no-new-access: the solver's witness does not replay on the"
                  + " evaluator: ConcreteRequest[");
    }
  }

  private String publicVerdict(String statement) {
    return checks.checkNoPublicAccess(policy(statement), ResourceType.S3_BUCKET).verdict().name();
  }

  private static String condition(String operator, String key, String value) {
    return ", \"Condition\": {\"" + operator + "\": {\"" + key + "\": \"" + value + "\"}}";
  }
}
