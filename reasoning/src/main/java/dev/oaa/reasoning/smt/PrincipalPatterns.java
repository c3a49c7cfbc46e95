package dev.oaa.reasoning.smt;

import static dev.oaa.reasoning.smt.Terms.and;

import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.smt.partition.StringPattern;
import dev.oaa.reasoning.smt.partition.StringPattern.CharClass;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The principal dimension's vocabulary: the shapes of real IAM ARNs (root, user, role, each in a
 * 12-digit account) and the patterns that Principal values and principal condition keys denote.
 *
 * <p>AWS-DIVERGENCE: only the commercial partition ({@code arn:aws:}) is modelled; principals of
 * other partitions match no caller.
 */
final class PrincipalPatterns {
  static final String IAM_PREFIX = "arn:aws:iam::";
  private static final StringPattern ACCOUNT = StringPattern.repeat(CharClass.DIGIT, 12);
  private static final StringPattern NAME = StringPattern.oneOrMore(CharClass.NOT_COLON);

  static final StringPattern ROOT_SHAPE =
      StringPattern.literal(IAM_PREFIX).then(ACCOUNT).then(StringPattern.literal(":root"));
  static final StringPattern USER_SHAPE =
      StringPattern.literal(IAM_PREFIX)
          .then(ACCOUNT)
          .then(StringPattern.literal(":user/"))
          .then(NAME);
  static final StringPattern ROLE_SHAPE =
      StringPattern.literal(IAM_PREFIX)
          .then(ACCOUNT)
          .then(StringPattern.literal(":role/"))
          .then(NAME);

  private static final Pattern IAM_ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}):(root|user/[^:]+|role/[^:]+)");
  private static final Pattern SESSION_ARN =
      Pattern.compile("arn:aws:sts::(\\d{12}):assumed-role/([^/:]+)/([^:]+)");

  private PrincipalPatterns() {}

  /** Every caller of {@code account}: its root, users and role sessions. */
  static StringPattern inAccount(StringPattern account) {
    return StringPattern.literal(IAM_PREFIX)
        .then(account)
        .then(StringPattern.literal(":"))
        .then(StringPattern.glob("*"));
  }

  /** The callers an AWS principal value names. */
  static Term aws(Principal.AwsPrincipal p) {
    Term anyIdentity = Terms.kindIn(PolicyCompiler.AWS_IDENTITIES);
    if (p.isAccount()) {
      if (!p.canonicalArn().startsWith(IAM_PREFIX)) {
        return Terms.FALSE;
      }
      return and(anyIdentity, matches(List.of(inAccount(StringPattern.literal(p.account())))));
    }
    String arn = p.value();
    if (IAM_ARN.matcher(arn).matches()) {
      return and(anyIdentity, matches(List.of(StringPattern.literal(arn))));
    }
    Matcher session = SESSION_ARN.matcher(arn);
    if (session.matches()) {
      String rolePrefix = IAM_PREFIX + session.group(1) + ":role/";
      String role = session.group(2);
      return and(
          new Term.KindIs(PrincipalKind.ROLE_SESSION),
          matches(
              List.of(
                  StringPattern.literal(rolePrefix + role),
                  StringPattern.literal(rolePrefix)
                      .then(StringPattern.glob("*/"))
                      .then(StringPattern.literal(role)))),
          PolicyCompiler.matchesLiteral(Dimensions.SESSION, session.group(3)));
    }
    // Unique ids (a deleted role or user), federated-user ARNs and malformed values match no
    // caller that can sign a request today.
    return Terms.FALSE;
  }

  private static Term matches(List<StringPattern> patterns) {
    return new Term.Matches(Dimensions.PRINCIPAL, Term.Mode.ANY, patterns, false, false);
  }
}
