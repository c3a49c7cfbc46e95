package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import java.util.Optional;

/**
 * Decides whether one statement applies to a request: its action, principal, resource and every
 * condition match (IAM User Guide, "IAM JSON policy element reference").
 */
final class StatementMatcher {
  private final Request request;
  private final RequestContext context;
  private final boolean callerHasBoundary;

  /**
   * A matcher for {@code request}, whose effective context is {@code context}; {@code
   * callerHasBoundary} tells whether the caller has a permissions boundary.
   */
  StatementMatcher(Request request, RequestContext context, boolean callerHasBoundary) {
    this.request = request;
    this.context = context;
    this.callerHasBoundary = callerHasBoundary;
  }

  /**
   * How the statement names the caller when it applies ({@link PrincipalMatch#DIRECT} for kinds
   * without a Principal element), or {@link PrincipalMatch#NONE} when it does not apply.
   */
  PrincipalMatch apply(Statement statement, PolicyVersion version, PolicyKind kind) {
    if (!actionMatches(statement.action())) {
      return PrincipalMatch.NONE;
    }
    PrincipalMatch principal = principalMatch(statement, kind);
    if (!principal.matches() || resourceMatch(statement.resource(), version) != Truth.TRUE) {
      return PrincipalMatch.NONE;
    }
    for (Condition c : statement.conditions()) {
      if (ConditionEvaluator.evaluate(c, context, version) != Truth.TRUE) {
        return PrincipalMatch.NONE;
      }
    }
    return principal;
  }

  private boolean actionMatches(ActionClause clause) {
    boolean any = clause.patterns().stream().anyMatch(this::matchesAction);
    return clause instanceof ActionClause.NotActions ? !any : any;
  }

  private boolean matchesAction(ActionPattern pattern) {
    return pattern.matches(request.action());
  }

  private PrincipalMatch principalMatch(Statement statement, PolicyKind kind) {
    if (!kind.hasPrincipalElement()) {
      return PrincipalMatch.DIRECT;
    }
    PrincipalClause clause = statement.principal();
    if (clause instanceof PrincipalClause.NoPrincipal) {
      // A resource policy statement names whom it applies to; without a Principal it applies to
      // nobody. RCPs and VPC endpoint policies may leave it out, meaning everyone.
      return kind == PolicyKind.RESOURCE ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
    }
    if (clause instanceof PrincipalClause.NotPrincipals
        && statement.effect() == Effect.DENY
        && kind == PolicyKind.RESOURCE
        && callerHasBoundary) {
      // IAM User Guide, "Permissions boundaries for IAM entities": a NotPrincipal with Deny always
      // denies an IAM principal that has a permissions boundary, whatever the NotPrincipal lists.
      return PrincipalMatch.DIRECT;
    }
    return PrincipalMatcher.match(clause, request.principal());
  }

  private Truth resourceMatch(ResourceClause clause, PolicyVersion version) {
    if (clause instanceof ResourceClause.NoResource) {
      return Truth.TRUE;
    }
    boolean any = false;
    for (ResourcePattern pattern : clause.patterns()) {
      Optional<Template> template = PolicyVariables.resolve(pattern.text(), version, context);
      if (template.isEmpty()) {
        return Truth.INVALID;
      }
      any |= ArnPatterns.matches(template.get(), request.resource().arn());
    }
    return Truth.of(clause instanceof ResourceClause.NotResources ? !any : any);
  }
}
