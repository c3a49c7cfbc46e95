package dev.oaa.reasoning.analysis;

import static dev.oaa.reasoning.smt.Terms.and;
import static dev.oaa.reasoning.smt.Terms.not;
import static dev.oaa.reasoning.smt.Terms.or;

import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.smt.Dimensions;
import dev.oaa.reasoning.smt.PrincipalKind;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.Term;
import dev.oaa.reasoning.smt.Terms;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who counts as "anyone": a caller that a policy author cannot name or control. An AWS identity
 * whose ARN and account no pattern pins, an anonymous caller, or a caller federated through a
 * public web identity provider; and every condition key that pins a caller to an account, an
 * organization, a network or a source (aws:SourceAccount, aws:PrincipalOrgID, aws:SourceVpce,
 * identity-provider audience and subject keys, ...) is absent or carries an unpinned value, and
 * aws:SourceIp, when present, is a public address. Keys the caller chooses (aws:SecureTransport,
 * aws:UserAgent, sts:ExternalId, tags it sets) do not make access private.
 */
final class Outsiders {
  /** Condition keys whose value the caller cannot choose and that name an owned thing. */
  static final Set<String> RESTRICTING_KEYS =
      Set.of(
          "aws:principalorgid",
          "aws:principalorgpaths",
          "aws:sourceaccount",
          "aws:sourcearn",
          "aws:sourceowner",
          "aws:sourcevpc",
          "aws:sourcevpce",
          "aws:sourceorgid",
          "aws:sourceorgpaths",
          "aws:userid",
          "aws:username",
          "aws:vpcsourceip",
          "kms:calleraccount",
          "s3:dataaccesspointaccount",
          "s3:dataaccesspointarn",
          "ec2:sourceinstancearn",
          "lambda:functionurlauthtype");

  /** Web identity providers that anyone can get a token from. */
  static final List<String> PUBLIC_PROVIDERS =
      List.of(
          "accounts.google.com",
          "graph.facebook.com",
          "www.amazon.com",
          "cognito-identity.amazonaws.com",
          "arn:aws:iam::*:oidc-provider/*");

  /**
   * Audiences that any token for AWS carries, so they pin no one: GitHub Actions (and most OIDC
   * integrations with AWS) use {@code sts.amazonaws.com}. A role trusting such a provider is pinned
   * by its subject ({@code :sub}) claim, not by this audience.
   */
  static final Set<String> COMMON_AUDIENCES = Set.of("sts.amazonaws.com");

  /** RFC 1918, loopback, link-local and RFC 4193 ranges: callers on a private network. */
  static final List<IpRange> PRIVATE_RANGES =
      List.of(
          IpRange.parse("10.0.0.0/8"),
          IpRange.parse("172.16.0.0/12"),
          IpRange.parse("192.168.0.0/16"),
          IpRange.parse("127.0.0.0/8"),
          IpRange.parse("169.254.0.0/16"),
          IpRange.parse("fc00::/7"),
          IpRange.parse("::1/128"));

  private Outsiders() {}

  /** The caller kinds that can be anyone, and the providers that make a federated caller anyone. */
  static Term kinds() {
    Term federatedIsPublic =
        Terms.implies(
            new Term.KindIs(PrincipalKind.FEDERATED),
            new Term.Matches(
                Dimensions.FEDERATED,
                Term.Mode.ANY,
                PUBLIC_PROVIDERS.stream().map(StringPattern::glob).toList(),
                false,
                false));
    return and(
        Terms.kindIn(
            EnumSet.of(
                PrincipalKind.ANONYMOUS,
                PrincipalKind.ACCOUNT_ROOT,
                PrincipalKind.IAM_USER,
                PrincipalKind.ROLE_SESSION,
                PrincipalKind.FEDERATED)),
        federatedIsPublic);
  }

  /** The values that make the caller unnamed, over the space's partitions (already resolved). */
  static Term unpinned(RequestSpace space) {
    List<Term> facts = new ArrayList<>();
    facts.add(space.fresh(Dimensions.PRINCIPAL));
    List<String> dimensions = new ArrayList<>(space.strings().keySet());
    dimensions.addAll(space.atomics().keySet());
    for (String d : dimensions) {
      String key = Dimensions.keyOf(d);
      if (key != null && restricts(key)) {
        facts.add(space.fresh(d, key.endsWith(":aud") ? COMMON_AUDIENCES : Set.of()));
      }
    }
    for (String ip : space.ips()) {
      if (ip.equals("ip:aws:sourceip")) {
        facts.add(not(or(PRIVATE_RANGES.stream().map(r -> (Term) new Term.IpIn(ip, r)).toList())));
      } else if (restricts(Dimensions.keyOf(ip))) {
        facts.add(not(Terms.present(Dimensions.presenceOf(ip))));
      }
    }
    return and(facts);
  }

  /** Whether a condition key pins the caller (an owned thing, or an identity provider's claim). */
  static boolean restricts(String key) {
    int colon = key.indexOf(':');
    String prefix = colon < 0 ? key : key.substring(0, colon);
    return RESTRICTING_KEYS.contains(key) || prefix.contains(".") || prefix.equals("saml");
  }
}
