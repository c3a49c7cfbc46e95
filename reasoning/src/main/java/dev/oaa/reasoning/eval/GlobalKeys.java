package dev.oaa.reasoning.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global condition keys that follow from a request's principal and resource (IAM User Guide,
 * "AWS global condition context keys"). Unique ids (AIDA..., AROA...) are not modelled, so {@code
 * aws:userid} is derived only where it needs none: the root user (the account id), a federated user
 * ({@code <account>:<name>}) and an anonymous caller ({@code anonymous}).
 */
final class GlobalKeys {
  private GlobalKeys() {}

  static RequestContext derive(Request request) {
    RequestPrincipal p = request.principal();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    put(keys, "aws:PrincipalArn", p.principalArn());
    put(keys, "aws:PrincipalAccount", p.account());
    put(keys, "aws:PrincipalOrgID", p.orgId());
    if (!p.orgPaths().isEmpty()) {
      keys.put("aws:PrincipalOrgPaths", p.orgPaths());
    }
    p.tags().forEach((k, v) -> put(keys, "aws:PrincipalTag/" + k, v));
    put(keys, "aws:PrincipalType", p.type().contextValue());
    put(keys, "aws:userid", userId(p));
    if (p.type() == PrincipalType.IAM_USER) {
      put(keys, "aws:username", p.arn().substring(p.arn().lastIndexOf('/') + 1));
    }
    if (p.type() == PrincipalType.SERVICE) {
      put(keys, "aws:PrincipalIsAWSService", "true");
      put(keys, "aws:PrincipalServiceName", p.arn());
    } else if (p.type() != PrincipalType.ANONYMOUS) {
      // Present in every signed request (aws:PrincipalIsAWSService).
      put(keys, "aws:PrincipalIsAWSService", "false");
    }
    put(keys, "aws:ResourceAccount", request.resourceAccount());
    return RequestContext.of(keys);
  }

  private static String userId(RequestPrincipal p) {
    return switch (p.type()) {
      case ACCOUNT_ROOT -> p.account();
      case FEDERATED_USER -> p.account() + ":" + p.arn().substring(p.arn().lastIndexOf('/') + 1);
      case ANONYMOUS -> "anonymous";
      case IAM_USER, ROLE_SESSION, WEB_IDENTITY, SAML, SERVICE -> "";
    };
  }

  private static void put(Map<String, List<String>> keys, String key, String value) {
    if (!value.isEmpty()) {
      keys.put(key, List.of(value));
    }
  }
}
