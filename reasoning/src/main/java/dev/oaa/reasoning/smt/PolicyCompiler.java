package dev.oaa.reasoning.smt;

import static dev.oaa.reasoning.smt.Terms.and;
import static dev.oaa.reasoning.smt.Terms.not;
import static dev.oaa.reasoning.smt.Terms.or;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles policies into {@link Term}s over one symbolic request: a statement applies when its
 * principal, action, resource and conditions all match; a policy allows when some Allow statement
 * applies and no Deny statement does.
 */
public final class PolicyCompiler {
  static final Set<PrincipalKind> AWS_IDENTITIES =
      EnumSet.of(PrincipalKind.ACCOUNT_ROOT, PrincipalKind.IAM_USER, PrincipalKind.ROLE_SESSION);

  private PolicyCompiler() {}

  /** The requests that {@code doc} allows on its own: an Allow applies and no Deny applies. */
  public static Term allows(PolicyDocument doc, Attachment attachment) {
    return and(
        anyApplies(doc, Effect.ALLOW, attachment), not(anyApplies(doc, Effect.DENY, attachment)));
  }

  /** The requests where some statement with the given effect applies. */
  public static Term anyApplies(PolicyDocument doc, Effect effect, Attachment attachment) {
    List<Term> terms = new ArrayList<>();
    for (Statement s : doc.statements()) {
      if (s.effect() == effect) {
        terms.add(applies(s, doc.version(), attachment));
      }
    }
    return or(terms);
  }

  /** The requests that statement {@code s} applies to, whatever its effect. */
  public static Term applies(Statement s, PolicyVersion version, Attachment attachment) {
    List<Term> parts = new ArrayList<>();
    parts.add(attachment == Attachment.IDENTITY ? Terms.TRUE : principal(s.principal()));
    parts.add(action(s.action()));
    parts.add(resource(s.resource(), version));
    s.conditions().forEach(c -> parts.add(ConditionCompiler.compile(c, version)));
    return and(parts);
  }

  static Term action(ActionClause clause) {
    List<StringPattern> patterns =
        clause.patterns().stream()
            .map(ActionPattern::text)
            .map(StringPattern::globIgnoringCase)
            .toList();
    boolean negated = clause instanceof ActionClause.NotActions;
    return new Term.Matches(Dimensions.ACTION, Term.Mode.ANY, patterns, negated, false);
  }

  static Term resource(ResourceClause clause, PolicyVersion version) {
    if (clause instanceof ResourceClause.NoResource) {
      return Terms.TRUE;
    }
    List<StringPattern> patterns = new ArrayList<>();
    List<Term> opaque = new ArrayList<>();
    for (ResourcePattern p : clause.patterns()) {
      if (version.substitutesVariables() && p.hasVariable()) {
        opaque.add(new Term.Opaque(new OpaqueFact.ResourceFact(p.text())));
      } else {
        patterns.add(StringPattern.arnGlob(p.text())); // field by field, as the evaluator
      }
    }
    Term matches =
        or(
            patterns.isEmpty()
                ? Terms.FALSE
                : new Term.Matches(Dimensions.RESOURCE, Term.Mode.ANY, patterns, false, false),
            or(opaque));
    return clause instanceof ResourceClause.NotResources ? not(matches) : matches;
  }

  static Term principal(PrincipalClause clause) {
    if (clause instanceof PrincipalClause.NoPrincipal) {
      return Terms.FALSE; // in a resource policy, a statement without Principal names nobody
    }
    Term matches = or(clause.values().stream().map(PolicyCompiler::principal).toList());
    return clause instanceof PrincipalClause.NotPrincipals ? not(matches) : matches;
  }

  /** The callers that one principal value names (as in a Principal element). */
  public static Term principalTerm(Principal p) {
    return principal(p);
  }

  /** The IAM ARNs of every caller of {@code account}: its root, users and role sessions. */
  public static StringPattern callersOf(String account) {
    return PrincipalPatterns.inAccount(StringPattern.literal(account));
  }

  static Term principal(Principal p) {
    if (p instanceof Principal.AwsPrincipal aws) {
      return PrincipalPatterns.aws(aws);
    }
    if (p instanceof Principal.ServicePrincipal service) {
      return and(
          new Term.KindIs(PrincipalKind.SERVICE),
          matchesLiteral(Dimensions.SERVICE, service.value()));
    }
    if (p instanceof Principal.FederatedPrincipal federated) {
      return and(
          new Term.KindIs(PrincipalKind.FEDERATED),
          matchesLiteral(Dimensions.FEDERATED, federated.value()));
    }
    if (p instanceof Principal.CanonicalUser user) {
      return and(
          Terms.kindIn(AWS_IDENTITIES),
          new Term.Opaque(new OpaqueFact.CanonicalUserFact(user.value())));
    }
    return Terms.TRUE; // AnyPrincipal
  }

  static Term matchesLiteral(String dimension, String value) {
    return new Term.Matches(
        dimension, Term.Mode.ANY, List.of(StringPattern.literal(value)), false, false);
  }
}
