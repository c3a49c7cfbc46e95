package dev.oaa.reasoning.eval;

import static dev.oaa.reasoning.eval.Decision.Result.ALLOW;
import static dev.oaa.reasoning.eval.Decision.Result.EXPLICIT_DENY;
import static dev.oaa.reasoning.eval.Decision.Result.IMPLICIT_DENY;
import static dev.oaa.reasoning.eval.Fixtures.A;
import static dev.oaa.reasoning.eval.Fixtures.ALICE;
import static dev.oaa.reasoning.eval.Fixtures.B;
import static dev.oaa.reasoning.eval.Fixtures.BOB;
import static dev.oaa.reasoning.eval.Fixtures.CAROL;
import static dev.oaa.reasoning.eval.Fixtures.KEY;
import static dev.oaa.reasoning.eval.Fixtures.OBJECT;
import static dev.oaa.reasoning.eval.Fixtures.ROLE;
import static dev.oaa.reasoning.eval.Fixtures.ROLE_RESOURCE;
import static dev.oaa.reasoning.eval.Fixtures.SESSION;
import static dev.oaa.reasoning.eval.Fixtures.SESSION_ARN;
import static dev.oaa.reasoning.eval.Fixtures.allow;
import static dev.oaa.reasoning.eval.Fixtures.allowFor;
import static dev.oaa.reasoning.eval.Fixtures.deny;
import static dev.oaa.reasoning.eval.Fixtures.denyFor;
import static dev.oaa.reasoning.eval.Fixtures.identity;
import static dev.oaa.reasoning.eval.Fixtures.levels;
import static dev.oaa.reasoning.eval.Fixtures.policy;
import static dev.oaa.reasoning.eval.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Multi-policy evaluation, case by case from the AWS documentation cited above each group. */
class EvaluatorTest {
  private static final String GET = "s3:GetObject";
  private static final String OBJ = "arn:aws:s3:::b/k";
  private static final PolicyDocument ALLOW_ALL = policy(allow("*", "*"));
  private static final PolicyDocument ALLOW_NOTHING = policy(allow("ec2:Describe*", "*"));

  static Stream<Arguments> scenarios() {
    return Stream.of(
        // IAM User Guide, "How AWS enforcement code logic evaluates requests": implicit deny by
        // default; an explicit deny overrides any allow.
        of("no policy", ALICE, GET, OBJECT, PolicySet.empty(), IMPLICIT_DENY),
        of("identity allow", ALICE, GET, OBJECT, identity(allow(GET, OBJ)), ALLOW),
        of(
            "deny overrides allow",
            ALICE,
            GET,
            OBJECT,
            identity(allow("s3:*", "*"), deny(GET, OBJ)),
            EXPLICIT_DENY),
        // "IAM JSON policy elements: Action" and "NotAction": actions ignore case, take * and ?.
        of("action ignores case", ALICE, GET, OBJECT, identity(allow("S3:getobject", OBJ)), ALLOW),
        of("action wildcard", ALICE, GET, OBJECT, identity(allow("s3:Get*", OBJ)), ALLOW),
        of("action ? wildcard", ALICE, GET, OBJECT, identity(allow("s3:GetObjec?", OBJ)), ALLOW),
        of("other action", ALICE, GET, OBJECT, identity(allow("s3:Put*", OBJ)), IMPLICIT_DENY),
        of(
            "Allow NotAction",
            ALICE,
            GET,
            OBJECT,
            identity("{'Effect': 'Allow', 'NotAction': 'iam:*', 'Resource': '*'}"),
            ALLOW),
        of(
            "Deny NotAction spares listed",
            ALICE,
            GET,
            OBJECT,
            identity(allow("*", "*"), "{'Effect': 'Deny', 'NotAction': 's3:*', 'Resource': '*'}"),
            ALLOW),
        of(
            "Deny NotAction hits others",
            ALICE,
            "iam:ListUsers",
            RequestResource.none(),
            identity(allow("*", "*"), "{'Effect': 'Deny', 'NotAction': 's3:*', 'Resource': '*'}"),
            EXPLICIT_DENY),
        // "IAM JSON policy elements: Resource" and "NotResource": ARNs are case-sensitive.
        of(
            "resource is case-sensitive",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, "arn:aws:s3:::B/k")),
            IMPLICIT_DENY),
        of(
            "resource wildcard",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, "arn:aws:s3:::b/*")),
            ALLOW),
        of(
            "Allow NotResource",
            ALICE,
            GET,
            OBJECT,
            identity(
                "{'Effect': 'Allow', 'Action': 's3:*', 'NotResource': 'arn:aws:s3:::secret/*'}"),
            ALLOW),
        of(
            "Allow NotResource listing it",
            ALICE,
            GET,
            OBJECT,
            identity("{'Effect': 'Allow', 'Action': 's3:*', 'NotResource': 'arn:aws:s3:::b/*'}"),
            IMPLICIT_DENY),
        // Service Authorization Reference: actions without resource-level permissions need "*".
        of(
            "no-resource action, specific ARN",
            ALICE,
            "s3:ListAllMyBuckets",
            RequestResource.none(),
            identity(allow("s3:ListAllMyBuckets", "arn:aws:s3:::b")),
            IMPLICIT_DENY),
        of(
            "no-resource action, *",
            ALICE,
            "s3:ListAllMyBuckets",
            RequestResource.none(),
            identity(allow("s3:ListAllMyBuckets", "*")),
            ALLOW),
        // "IAM policy elements: Variables and tags".
        of(
            "${aws:username} in Resource",
            ALICE,
            GET,
            RequestResource.of("arn:aws:s3:::b/alice/x", A),
            identity(allow(GET, "arn:aws:s3:::b/${aws:username}/*")),
            ALLOW),
        of(
            "${aws:username} for someone else",
            ALICE,
            GET,
            RequestResource.of("arn:aws:s3:::b/carol/x", A),
            identity(allow(GET, "arn:aws:s3:::b/${aws:username}/*")),
            IMPLICIT_DENY),
        of(
            "unresolvable variable: Allow does not apply",
            SESSION,
            GET,
            RequestResource.of("arn:aws:s3:::b/alice/x", A),
            identity(allow(GET, "arn:aws:s3:::b/${aws:username}/*")),
            IMPLICIT_DENY),
        of(
            "unresolvable variable: Deny does not apply",
            SESSION,
            GET,
            RequestResource.of("arn:aws:s3:::b/alice/x", A),
            identity(allow("*", "*"), deny(GET, "arn:aws:s3:::b/${aws:username}/*")),
            ALLOW),
        of(
            "default value",
            SESSION,
            GET,
            RequestResource.of("arn:aws:s3:::b/shared/x", A),
            PolicySet.identity(
                dev.oaa.reasoning.policy.json.PolicyParser.parse(
                    "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\","
                        + " \"Action\": \"s3:GetObject\","
                        + " \"Resource\": \"arn:aws:s3:::b/${aws:username, 'shared'}/*\"}}")),
            ALLOW),
        of(
            "${*} is a literal *",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, "arn:aws:s3:::b/${*}")),
            IMPLICIT_DENY),
        of(
            "${*} matches a literal *",
            ALICE,
            GET,
            RequestResource.of("arn:aws:s3:::b/*", A),
            identity(allow(GET, "arn:aws:s3:::b/${*}")),
            ALLOW),
        of(
            "no variables under 2008-10-17",
            ALICE,
            GET,
            RequestResource.of("arn:aws:s3:::b/alice/x", A),
            PolicySet.identity(
                dev.oaa.reasoning.policy.json.PolicyParser.parse(
                    "{\"Version\": \"2008-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::b/${aws:username}/*\"}}")),
            IMPLICIT_DENY),
        of(
            "a tag used as a variable",
            ALICE.withTags(java.util.Map.of("team", "dev")),
            GET,
            RequestResource.of("arn:aws:s3:::b/dev/x", A),
            identity(allow(GET, "arn:aws:s3:::b/${aws:PrincipalTag/team}/*")),
            ALLOW),
        of(
            "a variable's * is literal",
            ALICE.withTags(java.util.Map.of("team", "*")),
            GET,
            RequestResource.of("arn:aws:s3:::b/dev/x", A),
            identity(allow(GET, "arn:aws:s3:::b/${aws:PrincipalTag/team}/*")),
            IMPLICIT_DENY),
        // "AWS JSON policy elements: Principal": an account id is its root ARN and names every
        // identity of the account, which then needs identity permissions.
        of(
            "account principal, no identity policy",
            ALICE,
            GET,
            OBJECT,
            resource(allowFor(A, GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "account principal and identity policy",
            ALICE,
            GET,
            OBJECT,
            resource(allowFor(A, GET, OBJ)).withIdentityPolicies(List.of(policy(allow(GET, OBJ)))),
            ALLOW),
        of(
            "root ARN is the account, cross-account",
            BOB,
            GET,
            OBJECT,
            resource(allowFor("arn:aws:iam::" + B + ":root", GET, OBJ))
                .withIdentityPolicies(List.of(policy(allow(GET, OBJ)))),
            ALLOW),
        of(
            "role ARN names its sessions",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(ROLE, GET, OBJ)),
            ALLOW),
        of(
            "session ARN names that session",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(SESSION_ARN, GET, OBJ)),
            ALLOW),
        of(
            "session ARN, other session",
            RequestPrincipal.roleSession(ROLE, "s2"),
            GET,
            OBJECT,
            resource(allowFor(SESSION_ARN, GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "user ARN, same account, no identity policy",
            ALICE,
            GET,
            OBJECT,
            resource(allowFor(ALICE.arn(), GET, OBJ)),
            ALLOW),
        of(
            "* allows anonymous",
            RequestPrincipal.anonymous(),
            GET,
            OBJECT,
            resource(
                "{'Effect': 'Allow', 'Principal': '*', 'Action': 's3:GetObject', 'Resource': '"
                    + OBJ
                    + "'}"),
            ALLOW),
        of(
            "account principal excludes anonymous",
            RequestPrincipal.anonymous(),
            GET,
            OBJECT,
            resource(allowFor(A, GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "service principal",
            RequestPrincipal.service("cloudtrail.amazonaws.com"),
            "s3:PutObject",
            OBJECT,
            resource(
                "{'Effect': 'Allow', 'Principal': {'Service': 'cloudtrail.amazonaws.com'}, 'Action': 's3:PutObject', 'Resource': '"
                    + OBJ
                    + "'}"),
            ALLOW),
        of(
            "other service principal",
            RequestPrincipal.service("config.amazonaws.com"),
            "s3:PutObject",
            OBJECT,
            resource(
                "{'Effect': 'Allow', 'Principal': {'Service': 'cloudtrail.amazonaws.com'}, 'Action': 's3:PutObject', 'Resource': '"
                    + OBJ
                    + "'}"),
            IMPLICIT_DENY),
        of(
            "federated web identity",
            RequestPrincipal.webIdentity("cognito-identity.amazonaws.com"),
            "sts:AssumeRoleWithWebIdentity",
            ROLE_RESOURCE,
            resource(
                "{'Effect': 'Allow', 'Principal': {'Federated': 'cognito-identity.amazonaws.com'}, 'Action': 'sts:AssumeRoleWithWebIdentity'}"),
            ALLOW),
        of(
            "resource statement without Principal",
            ALICE,
            GET,
            OBJECT,
            resource(allow(GET, OBJ)),
            IMPLICIT_DENY),
        // "AWS JSON policy elements: NotPrincipal".
        of(
            "Deny NotPrincipal spares the listed user",
            ALICE,
            GET,
            OBJECT,
            resource(
                    allowFor(A, GET, OBJ),
                    "{'Effect': 'Deny', 'NotPrincipal': {'AWS': '"
                        + ALICE.arn()
                        + "'}, 'Action': 's3:*', 'Resource': '*'}")
                .withIdentityPolicies(List.of(ALLOW_ALL)),
            ALLOW),
        of(
            "Deny NotPrincipal denies the others",
            CAROL,
            GET,
            OBJECT,
            resource(
                    "{'Effect': 'Deny', 'NotPrincipal': {'AWS': '"
                        + ALICE.arn()
                        + "'}, 'Action': 's3:*', 'Resource': '*'}")
                .withIdentityPolicies(List.of(ALLOW_ALL)),
            EXPLICIT_DENY),
        of(
            "Allow NotPrincipal includes anonymous",
            RequestPrincipal.anonymous(),
            GET,
            OBJECT,
            resource(
                "{'Effect': 'Allow', 'NotPrincipal': {'AWS': '"
                    + ALICE.arn()
                    + "'}, 'Action': 's3:*', 'Resource': '*'}"),
            ALLOW),
        // "Permissions boundaries for IAM entities": NotPrincipal with Deny always denies a caller
        // that has a boundary.
        of(
            "Deny NotPrincipal and a boundary",
            ALICE,
            GET,
            OBJECT,
            resource(
                    "{'Effect': 'Deny', 'NotPrincipal': {'AWS': '"
                        + ALICE.arn()
                        + "'}, 'Action': 's3:*', 'Resource': '*'}")
                .withIdentityPolicies(List.of(ALLOW_ALL))
                .withPermissionsBoundary(ALLOW_ALL),
            EXPLICIT_DENY),
        // Same page: the effective permissions are identity ∩ boundary; a resource policy that
        // names the user or the session is not limited by the boundary, one naming the role is.
        of(
            "identity allow, boundary does not",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withPermissionsBoundary(ALLOW_NOTHING),
            IMPLICIT_DENY),
        of(
            "identity and boundary allow",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withPermissionsBoundary(ALLOW_ALL),
            ALLOW),
        of(
            "boundary alone grants nothing",
            ALICE,
            GET,
            OBJECT,
            PolicySet.empty().withPermissionsBoundary(ALLOW_ALL),
            IMPLICIT_DENY),
        of(
            "boundary deny",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ))
                .withPermissionsBoundary(policy(allow("*", "*"), deny(GET, "*"))),
            EXPLICIT_DENY),
        of(
            "resource names the user, boundary silent",
            ALICE,
            GET,
            OBJECT,
            resource(allowFor(ALICE.arn(), GET, OBJ)).withPermissionsBoundary(ALLOW_NOTHING),
            ALLOW),
        of(
            "resource names the role, boundary silent",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(ROLE, GET, OBJ)).withPermissionsBoundary(ALLOW_NOTHING),
            IMPLICIT_DENY),
        of(
            "resource names the session, boundary silent",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(SESSION_ARN, GET, OBJ)).withPermissionsBoundary(ALLOW_NOTHING),
            ALLOW),
        // "Session policies": a resource policy naming the role is limited by the session policy,
        // one naming the session is not; the session policy limits identity permissions.
        of(
            "session policy allows",
            SESSION,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withSessionPolicies(List.of(ALLOW_ALL)),
            ALLOW),
        of(
            "session policy silent",
            SESSION,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withSessionPolicies(List.of(ALLOW_NOTHING)),
            IMPLICIT_DENY),
        of(
            "resource names the role, session policy silent",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(ROLE, GET, OBJ)).withSessionPolicies(List.of(ALLOW_NOTHING)),
            IMPLICIT_DENY),
        of(
            "resource names the session, session policy silent",
            SESSION,
            GET,
            OBJECT,
            resource(allowFor(SESSION_ARN, GET, OBJ)).withSessionPolicies(List.of(ALLOW_NOTHING)),
            ALLOW),
        // AWS STS API Reference, GetFederationToken: without a session policy the federated user
        // has no permissions; a resource policy naming the federated user still grants.
        of(
            "federated user without session policy",
            RequestPrincipal.federatedUser(
                "arn:aws:sts::" + A + ":federated-user/fed", ALICE.arn()),
            GET,
            OBJECT,
            identity(allow(GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "federated user with session policy",
            RequestPrincipal.federatedUser(
                "arn:aws:sts::" + A + ":federated-user/fed", ALICE.arn()),
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withSessionPolicies(List.of(ALLOW_ALL)),
            ALLOW),
        of(
            "resource names the federated user",
            RequestPrincipal.federatedUser(
                "arn:aws:sts::" + A + ":federated-user/fed", ALICE.arn()),
            GET,
            OBJECT,
            resource(allowFor("arn:aws:sts::" + A + ":federated-user/fed", GET, OBJ)),
            ALLOW),
        // "Cross-account policy evaluation logic": both sides must allow.
        of(
            "cross-account identity only",
            BOB,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "cross-account resource only",
            BOB,
            GET,
            OBJECT,
            resource(allowFor(BOB.arn(), GET, OBJ)),
            IMPLICIT_DENY),
        of(
            "cross-account both",
            BOB,
            GET,
            OBJECT,
            resource(allowFor(BOB.arn(), GET, OBJ))
                .withIdentityPolicies(List.of(policy(allow(GET, OBJ)))),
            ALLOW),
        of(
            "cross-account resource deny",
            BOB,
            GET,
            OBJECT,
            resource(allowFor(B, GET, OBJ), denyFor(BOB.arn(), GET, OBJ))
                .withIdentityPolicies(List.of(ALLOW_ALL)),
            EXPLICIT_DENY),
        of(
            "cross-account boundary silent",
            BOB,
            GET,
            OBJECT,
            resource(allowFor(BOB.arn(), GET, OBJ))
                .withIdentityPolicies(List.of(ALLOW_ALL))
                .withPermissionsBoundary(ALLOW_NOTHING),
            IMPLICIT_DENY),
        // Organizations User Guide, "SCP evaluation": every level from the root to the account
        // must allow; a deny anywhere denies; the root user of a member account is restricted;
        // service-linked roles are not.
        of(
            "SCPs allow at every level",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withServiceControlPolicies(levels(ALLOW_ALL, ALLOW_ALL)),
            ALLOW),
        of(
            "SCP silent at one level",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withServiceControlPolicies(levels(ALLOW_ALL, ALLOW_NOTHING)),
            IMPLICIT_DENY),
        of(
            "SCP level with no policy",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ))
                .withServiceControlPolicies(List.of(new ControlPolicies("ou", List.of()))),
            IMPLICIT_DENY),
        of(
            "SCP deny",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ))
                .withServiceControlPolicies(levels(policy(allow("*", "*"), deny("s3:*", "*")))),
            EXPLICIT_DENY),
        of(
            "SCPs grant nothing",
            ALICE,
            GET,
            OBJECT,
            PolicySet.empty().withServiceControlPolicies(levels(ALLOW_ALL)),
            IMPLICIT_DENY),
        of(
            "root user has full access",
            RequestPrincipal.root(A),
            GET,
            OBJECT,
            PolicySet.empty(),
            ALLOW),
        of(
            "SCP restricts the root user",
            RequestPrincipal.root(A),
            GET,
            OBJECT,
            PolicySet.empty()
                .withServiceControlPolicies(levels(policy(allow("*", "*"), deny("s3:*", "*")))),
            EXPLICIT_DENY),
        of(
            "SCP does not restrict service-linked roles",
            RequestPrincipal.roleSession(
                "arn:aws:iam::" + A + ":role/aws-service-role/x.amazonaws.com/AWSServiceRoleForX",
                "x"),
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withServiceControlPolicies(levels(policy(deny("*", "*")))),
            ALLOW),
        // Organizations User Guide, "Resource control policies".
        of("RCP denies outsiders", BOB, GET, OBJECT, rcpPerimeter(), EXPLICIT_DENY),
        of(
            "RCP spares the organization",
            BOB.inOrganization("o-123", List.of()),
            GET,
            OBJECT,
            rcpPerimeter(),
            ALLOW),
        of(
            "RCP silent at a level",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ)).withResourceControlPolicies(levels(ALLOW_NOTHING)),
            IMPLICIT_DENY),
        // AWS KMS Developer Guide, "Key policies": IAM policies give access only where the key
        // policy names the account; a key policy naming a principal gives access on its own.
        of(
            "KMS identity only",
            ALICE,
            "kms:Decrypt",
            KEY,
            identity(allow("kms:*", "*")),
            IMPLICIT_DENY),
        of(
            "KMS key policy enables IAM",
            ALICE,
            "kms:Decrypt",
            KEY,
            resource(allowFor("arn:aws:iam::" + A + ":root", "kms:*", "*"))
                .withIdentityPolicies(List.of(policy(allow("kms:*", "*")))),
            ALLOW),
        of(
            "KMS key policy names the account only",
            ALICE,
            "kms:Decrypt",
            KEY,
            resource(allowFor(A, "kms:*", "*")),
            IMPLICIT_DENY),
        of(
            "KMS key policy names the user",
            ALICE,
            "kms:Decrypt",
            KEY,
            resource(allowFor(ALICE.arn(), "kms:Decrypt", "*")),
            ALLOW),
        of(
            "KMS root user needs the key policy",
            RequestPrincipal.root(A),
            "kms:Decrypt",
            KEY,
            resource(allowFor(ALICE.arn(), "kms:Decrypt", "*")),
            IMPLICIT_DENY),
        of(
            "KMS root user and the account",
            RequestPrincipal.root(A),
            "kms:Decrypt",
            KEY,
            resource(allowFor(A, "kms:*", "*")),
            ALLOW),
        of(
            "KMS cross-account",
            BOB,
            "kms:Decrypt",
            KEY,
            resource(allowFor(B, "kms:Decrypt", "*"))
                .withIdentityPolicies(List.of(policy(allow("kms:Decrypt", KEY.arn())))),
            ALLOW),
        of(
            "KMS cross-account, no identity policy",
            BOB,
            "kms:Decrypt",
            KEY,
            resource(allowFor(BOB.arn(), "kms:Decrypt", "*")),
            IMPLICIT_DENY),
        // IAM User Guide, "Roles terms and concepts" (trust policy): even in the role's account the
        // trust policy must allow the caller, directly or by naming the account.
        of(
            "AssumeRole with identity policy only",
            ALICE,
            "sts:AssumeRole",
            ROLE_RESOURCE,
            identity(allow("sts:AssumeRole", ROLE)),
            IMPLICIT_DENY),
        of(
            "AssumeRole, trust names the user",
            ALICE,
            "sts:AssumeRole",
            ROLE_RESOURCE,
            resource(
                "{'Effect': 'Allow', 'Principal': {'AWS': '"
                    + ALICE.arn()
                    + "'}, 'Action': 'sts:AssumeRole'}"),
            ALLOW),
        of(
            "AssumeRole, trust names the account",
            ALICE,
            "sts:AssumeRole",
            ROLE_RESOURCE,
            resource(
                    "{'Effect': 'Allow', 'Principal': {'AWS': '"
                        + A
                        + "'}, 'Action': 'sts:AssumeRole'}")
                .withIdentityPolicies(List.of(policy(allow("sts:AssumeRole", ROLE)))),
            ALLOW),
        of(
            "AssumeRole cross-account",
            BOB,
            "sts:AssumeRole",
            ROLE_RESOURCE,
            resource(
                    "{'Effect': 'Allow', 'Principal': {'AWS': '"
                        + B
                        + "'}, 'Action': 'sts:AssumeRole'}")
                .withIdentityPolicies(List.of(policy(allow("sts:AssumeRole", ROLE)))),
            ALLOW),
        of(
            "AssumeRole cross-account, no identity policy",
            BOB,
            "sts:AssumeRole",
            ROLE_RESOURCE,
            resource(
                "{'Effect': 'Allow', 'Principal': {'AWS': '"
                    + BOB.arn()
                    + "'}, 'Action': 'sts:AssumeRole'}"),
            IMPLICIT_DENY),
        // AWS STS API Reference, GetCallerIdentity: no permission needed, even under a Deny.
        of(
            "GetCallerIdentity",
            ALICE,
            "sts:GetCallerIdentity",
            RequestResource.none(),
            identity(deny("*", "*")),
            ALLOW),
        // Amazon VPC User Guide, "Control access to VPC endpoints using endpoint policies".
        of(
            "endpoint policy silent",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ))
                .withEndpointPolicies(List.of(policy(allowFor("*", "s3:PutObject", "*")))),
            IMPLICIT_DENY),
        of(
            "endpoint policy allows",
            ALICE,
            GET,
            OBJECT,
            identity(allow(GET, OBJ))
                .withEndpointPolicies(List.of(policy(allowFor("*", GET, "*")))),
            ALLOW));
  }

  private static PolicySet rcpPerimeter() {
    PolicyDocument rcp =
        policy(
            allowFor("*", "*", "*"),
            "{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:*', 'Resource': '*', 'Condition':"
                + " {'StringNotEqualsIfExists': {'aws:PrincipalOrgID': 'o-123'}}}");
    return resource(allowFor(B, GET, OBJ))
        .withIdentityPolicies(List.of(ALLOW_ALL))
        .withResourceControlPolicies(levels(rcp));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void decidesAsDocumented(
      String name, Request request, PolicySet policies, Decision.Result expected) {
    assertThat(Evaluator.evaluate(request, policies).result()).as(name).isEqualTo(expected);
  }

  private static Arguments of(
      String name,
      RequestPrincipal principal,
      String action,
      RequestResource resource,
      PolicySet policies,
      Decision.Result expected) {
    return Arguments.of(name, Request.of(principal, action, resource), policies, expected);
  }
}
