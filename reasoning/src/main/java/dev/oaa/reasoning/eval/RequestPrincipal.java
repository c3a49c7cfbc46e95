package dev.oaa.reasoning.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caller of a request.
 *
 * @param type the kind of caller
 * @param arn the caller's own identifier: the root, user, assumed-role session or federated-user
 *     ARN; the service name for {@link PrincipalType#SERVICE}; the identity provider for {@link
 *     PrincipalType#WEB_IDENTITY} and {@link PrincipalType#SAML}; empty for an anonymous caller and
 *     for a role session whose name is not known
 * @param issuerArn for a role session the role's ARN (with its path); for a federated user the IAM
 *     user that called GetFederationToken, or empty when unknown; empty otherwise
 * @param orgId the organization of the caller's account ({@code aws:PrincipalOrgID}), or empty
 * @param orgPaths the organization paths of the caller's account ({@code aws:PrincipalOrgPaths})
 * @param tags the caller's tags ({@code aws:PrincipalTag/<key>}); tag keys are case-insensitive
 */
public record RequestPrincipal(
    PrincipalType type,
    String arn,
    String issuerArn,
    String orgId,
    List<String> orgPaths,
    Map<String, String> tags) {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern SESSION =
      Pattern.compile("arn:([a-z-]+):sts::(\\d{12}):assumed-role/([^/]+)/(.+)");

  public RequestPrincipal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(issuerArn, "issuerArn");
    Objects.requireNonNull(orgId, "orgId");
    orgPaths = List.copyOf(orgPaths);
    tags = Map.copyOf(tags);
  }

  /** The root user of {@code account}. */
  public static RequestPrincipal root(String account) {
    return of(PrincipalType.ACCOUNT_ROOT, "arn:aws:iam::" + account + ":root", "");
  }

  /** The IAM user with this ARN. */
  public static RequestPrincipal iamUser(String userArn) {
    return of(PrincipalType.IAM_USER, userArn, "");
  }

  /**
   * A session of the role {@code roleArn} named {@code sessionName}; an empty name stands for a
   * session whose name is not known, which only policies naming the role or its account match.
   */
  public static RequestPrincipal roleSession(String roleArn, String sessionName) {
    String[] parts = roleArn.split(":", 6);
    if (parts.length != 6 || !parts[5].startsWith("role/")) {
      throw new IllegalArgumentException(
          "Cannot build a role session from `" + roleArn + "`: expected a role ARN");
    }
    String roleName = parts[5].substring(parts[5].lastIndexOf('/') + 1);
    String session =
        sessionName.isEmpty()
            ? ""
            : "arn:"
                + parts[1]
                + ":sts::"
                + parts[4]
                + ":assumed-role/"
                + roleName
                + "/"
                + sessionName;
    return of(PrincipalType.ROLE_SESSION, session, roleArn);
  }

  /** A federated user session; {@code userArn} is the IAM user that created it, or empty. */
  public static RequestPrincipal federatedUser(String federatedUserArn, String userArn) {
    return of(PrincipalType.FEDERATED_USER, federatedUserArn, userArn);
  }

  /** The AWS service principal {@code name}, such as {@code lambda.amazonaws.com}. */
  public static RequestPrincipal service(String name) {
    return of(PrincipalType.SERVICE, name, "");
  }

  /** A web identity caller authenticated by {@code provider} (an OIDC provider or its host). */
  public static RequestPrincipal webIdentity(String provider) {
    return of(PrincipalType.WEB_IDENTITY, provider, "");
  }

  /** A SAML caller authenticated by the SAML provider {@code providerArn}. */
  public static RequestPrincipal saml(String providerArn) {
    return of(PrincipalType.SAML, providerArn, "");
  }

  /** An unauthenticated caller. */
  public static RequestPrincipal anonymous() {
    return of(PrincipalType.ANONYMOUS, "", "");
  }

  /**
   * The caller that an ARN or service name denotes: a root, user, role (an unnamed session of it),
   * assumed-role session or federated-user ARN, or a service principal. An assumed-role ARN does
   * not show the role's path, so the role is assumed to have none.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static RequestPrincipal fromArn(String text) {
    Matcher session = SESSION.matcher(text);
    if (session.matches()) {
      String role = "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/";
      return of(PrincipalType.ROLE_SESSION, text, role + session.group(3));
    }
    String[] parts = text.split(":", 6);
    if (parts.length == 6 && parts[0].equals("arn") && ACCOUNT.matcher(parts[4]).matches()) {
      if (parts[5].equals("root")) {
        return root(parts[4]);
      } else if (parts[5].startsWith("user/")) {
        return iamUser(text);
      } else if (parts[5].startsWith("role/")) {
        return roleSession(text, "");
      } else if (parts[5].startsWith("federated-user/")) {
        return federatedUser(text, "");
      }
    }
    if (!text.startsWith("arn:") && text.toLowerCase(Locale.ROOT).endsWith(".amazonaws.com")) {
      return service(text);
    }
    throw new IllegalArgumentException(
        "Cannot read principal `"
            + text
            + "`: expected a root, user, role, session ARN or service");
  }

  private static RequestPrincipal of(PrincipalType type, String arn, String issuerArn) {
    return new RequestPrincipal(type, arn, issuerArn, "", List.of(), Map.of());
  }

  /** This principal, in the organization {@code orgId} at the given organization paths. */
  public RequestPrincipal inOrganization(String id, List<String> paths) {
    return new RequestPrincipal(type, arn, issuerArn, id, paths, tags);
  }

  /** This principal with the given tags. */
  public RequestPrincipal withTags(Map<String, String> newTags) {
    return new RequestPrincipal(type, arn, issuerArn, orgId, orgPaths, newTags);
  }

  /** The 12-digit account of an IAM identity, or the empty string for other callers. */
  public String account() {
    if (!type.isAccountIdentity()) {
      return "";
    }
    String source = arn.isEmpty() ? issuerArn : arn;
    String[] parts = source.split(":", 6);
    return parts.length == 6 ? parts[4] : "";
  }

  /**
   * The ARN AWS reports as {@code aws:PrincipalArn}: the role's ARN for a role session, the
   * caller's own ARN for other IAM identities, and empty for everyone else.
   */
  public String principalArn() {
    if (type == PrincipalType.ROLE_SESSION) {
      return issuerArn;
    }
    return type.isAccountIdentity() ? arn : "";
  }

  /**
   * Whether this caller is a session of a service-linked role (path {@code /aws-service-role/}).
   */
  public boolean isServiceLinkedRole() {
    return type == PrincipalType.ROLE_SESSION && issuerArn.contains(":role/aws-service-role/");
  }
}
