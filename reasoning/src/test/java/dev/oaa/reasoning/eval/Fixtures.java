package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.util.List;

/** Principals, resources and policies shared by the evaluator tests. JSON uses single quotes. */
final class Fixtures {
  static final String A = "111122223333";
  static final String B = "444455556666";
  static final RequestPrincipal ALICE =
      RequestPrincipal.iamUser("arn:aws:iam::" + A + ":user/alice");
  static final RequestPrincipal CAROL =
      RequestPrincipal.iamUser("arn:aws:iam::" + A + ":user/carol");
  static final RequestPrincipal BOB = RequestPrincipal.iamUser("arn:aws:iam::" + B + ":user/bob");
  static final String ROLE = "arn:aws:iam::" + A + ":role/app";
  static final RequestPrincipal SESSION = RequestPrincipal.roleSession(ROLE, "s1");
  static final String SESSION_ARN = "arn:aws:sts::" + A + ":assumed-role/app/s1";
  static final RequestResource OBJECT = RequestResource.of("arn:aws:s3:::b/k", A);
  static final RequestResource KEY =
      RequestResource.of("arn:aws:kms:us-east-1:" + A + ":key/1234", A);
  static final RequestResource ROLE_RESOURCE = RequestResource.of(ROLE, A);

  private Fixtures() {}

  /** A 2012-10-17 policy with the given statements (JSON objects, single-quoted). */
  static PolicyDocument policy(String... statements) {
    return PolicyParser.parse(
        ("{'Version': '2012-10-17', 'Statement': [" + String.join(",", statements) + "]}")
            .replace('\'', '"'));
  }

  /** An identity-policy statement. */
  static String allow(String action, String resource) {
    return "{'Effect': 'Allow', 'Action': '" + action + "', 'Resource': '" + resource + "'}";
  }

  /** An identity-policy statement. */
  static String deny(String action, String resource) {
    return "{'Effect': 'Deny', 'Action': '" + action + "', 'Resource': '" + resource + "'}";
  }

  /** A resource-policy statement naming one AWS principal. */
  static String allowFor(String principal, String action, String resource) {
    return "{'Effect': 'Allow', 'Principal': {'AWS': '"
        + principal
        + "'}, 'Action': '"
        + action
        + "', 'Resource': '"
        + resource
        + "'}";
  }

  /** A resource-policy Deny statement naming one AWS principal. */
  static String denyFor(String principal, String action, String resource) {
    return allowFor(principal, action, resource).replace("'Allow'", "'Deny'");
  }

  static PolicySet identity(String... statements) {
    return PolicySet.identity(policy(statements));
  }

  static PolicySet resource(String... statements) {
    return PolicySet.empty().withResourcePolicy(policy(statements));
  }

  static List<ControlPolicies> levels(PolicyDocument... perLevel) {
    return java.util.Arrays.stream(perLevel).map(p -> ControlPolicies.of("level", p)).toList();
  }
}
