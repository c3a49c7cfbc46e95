package dev.oaa.reasoning.eval;

import static dev.oaa.reasoning.eval.Fixtures.A;
import static dev.oaa.reasoning.eval.Fixtures.ALICE;
import static dev.oaa.reasoning.eval.Fixtures.OBJECT;
import static dev.oaa.reasoning.eval.Fixtures.SESSION;
import static dev.oaa.reasoning.eval.Fixtures.allow;
import static dev.oaa.reasoning.eval.Fixtures.allowFor;
import static dev.oaa.reasoning.eval.Fixtures.levels;
import static dev.oaa.reasoning.eval.Fixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements a decision names, and the global keys derived from the request. */
class DecisionDetailsTest {
  private static final String GET = "s3:GetObject";

  @Test
  void explicitDenyNamesEveryApplicableDeny() {
    PolicySet set =
        PolicySet.empty()
            .withIdentityPolicies(
                List.of(
                    policy(allow("*", "*")),
                    policy(
                        allow("ec2:*", "*"),
                        "{'Sid': 'NoS3', 'Effect': 'Deny', 'Action': 's3:*', 'Resource': '*'}")))
            .withServiceControlPolicies(
                levels(
                    policy(allow("*", "*")),
                    policy(
                        "{'Sid': 'Scp', 'Effect': 'Deny', 'Action': 's3:Get*', 'Resource': '*'}")));

    Decision decision = Evaluator.evaluate(Request.of(ALICE, GET, OBJECT), set);

    assertThat(decision.result()).isEqualTo(Decision.Result.EXPLICIT_DENY);
    assertThat(decision.statements())
        .containsExactly(
            new StatementRef(PolicyKind.IDENTITY, 1, 1, "NoS3"),
            new StatementRef(PolicyKind.SERVICE_CONTROL, 1, 0, "Scp"));
  }

  @Test
  void allowNamesTheGrantsAndTheGuardrails() {
    PolicySet set =
        PolicySet.identity(
                policy("{'Sid': 'Id', 'Effect': 'Allow', 'Action': 's3:*', 'Resource': '*'}"))
            .withPermissionsBoundary(policy(allow("ec2:*", "*"), allow("s3:*", "*")))
            .withServiceControlPolicies(levels(policy(allow("*", "*"))));

    Decision decision = Evaluator.evaluate(Request.of(ALICE, GET, OBJECT), set);

    assertThat(decision.isAllowed()).isTrue();
    assertThat(decision.statements())
        .containsExactly(
            new StatementRef(PolicyKind.IDENTITY, 0, 0, "Id"),
            new StatementRef(PolicyKind.PERMISSIONS_BOUNDARY, 0, 1, ""),
            new StatementRef(PolicyKind.SERVICE_CONTROL, 0, 0, ""));
    assertThat(decision.reason()).isEqualTo("the identity policies allow the request");
  }

  @Test
  void implicitDenyNamesNoStatementButSaysWhy() {
    Decision decision =
        Evaluator.evaluate(
            Request.of(ALICE, GET, OBJECT),
            PolicySet.identity(policy(allow(GET, "*")))
                .withServiceControlPolicies(levels(policy(allow("ec2:*", "*")))));

    assertThat(decision.result()).isEqualTo(Decision.Result.IMPLICIT_DENY);
    assertThat(decision.statements()).isEmpty();
    assertThat(decision.reason())
        .isEqualTo("no SCP allows the action at some level of the organization");
  }

  @Test
  void resourcePolicyGrantIsNamed() {
    Decision decision =
        Evaluator.evaluate(
            Request.of(SESSION, GET, OBJECT),
            PolicySet.empty().withResourcePolicy(policy(allowFor(Fixtures.ROLE, GET, "*"))));

    assertThat(decision.statements())
        .containsExactly(new StatementRef(PolicyKind.RESOURCE, 0, 0, ""));
    assertThat(decision.reason()).isEqualTo("the resource policy allows the caller's role");
  }

  @Test
  void derivesGlobalKeysOfARoleSession() {
    Request request =
        Request.of(
            SESSION
                .inOrganization("o-123", List.of("o-123/r-ab/ou-1/"))
                .withTags(java.util.Map.of("team", "dev")),
            GET,
            OBJECT);

    RequestContext context = request.effectiveContext();

    assertThat(context.values("AWS:PrincipalArn")).contains(List.of(Fixtures.ROLE));
    assertThat(context.values("aws:PrincipalAccount")).contains(List.of(A));
    assertThat(context.values("aws:PrincipalOrgID")).contains(List.of("o-123"));
    assertThat(context.values("aws:PrincipalOrgPaths")).contains(List.of("o-123/r-ab/ou-1/"));
    assertThat(context.values("aws:PrincipalTag/team")).contains(List.of("dev"));
    assertThat(context.values("aws:PrincipalType")).contains(List.of("AssumedRole"));
    assertThat(context.values("aws:PrincipalIsAWSService")).contains(List.of("false"));
    assertThat(context.values("aws:ResourceAccount")).contains(List.of(A));
    assertThat(context.values("aws:username")).isEmpty();
  }

  @Test
  void derivesUserNameAndLetsTheContextOverride() {
    Request request =
        new Request(
            RequestPrincipal.iamUser("arn:aws:iam::" + A + ":user/path/alice"),
            GET,
            OBJECT,
            RequestContext.empty().with("AWS:PRINCIPALACCOUNT", "999999999999"));

    RequestContext context = request.effectiveContext();

    assertThat(context.values("aws:username")).contains(List.of("alice"));
    assertThat(context.values("aws:PrincipalType")).contains(List.of("User"));
    assertThat(context.values("aws:PrincipalAccount")).contains(List.of("999999999999"));
  }

  @Test
  void derivesKeysOfServiceAndAnonymousCallers() {
    RequestContext service =
        Request.of(RequestPrincipal.service("sns.amazonaws.com"), GET, OBJECT).effectiveContext();
    RequestContext anonymous =
        Request.of(RequestPrincipal.anonymous(), GET, OBJECT).effectiveContext();

    assertThat(service.values("aws:PrincipalIsAWSService")).contains(List.of("true"));
    assertThat(service.values("aws:PrincipalServiceName")).contains(List.of("sns.amazonaws.com"));
    assertThat(service.values("aws:PrincipalArn")).isEmpty();
    assertThat(anonymous.values("aws:PrincipalType")).contains(List.of("Anonymous"));
    assertThat(anonymous.values("aws:userid")).contains(List.of("anonymous"));
    assertThat(anonymous.values("aws:PrincipalIsAWSService")).isEmpty();
  }
}
