package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The statements of a policy set that apply to one request, by policy kind. */
final class AppliedStatements {
  private final Map<PolicyKind, List<AppliedStatement>> byKind = new EnumMap<>(PolicyKind.class);

  /** Matches every statement of the policies of {@code kinds} with {@code matcher}. */
  AppliedStatements(PolicySet policies, Set<PolicyKind> kinds, StatementMatcher matcher) {
    for (PolicyKind kind : kinds) {
      List<AppliedStatement> applied = new ArrayList<>();
      List<PolicyDocument> docs = policies.policies(kind);
      for (int p = 0; p < docs.size(); p++) {
        List<Statement> statements = docs.get(p).statements();
        for (int s = 0; s < statements.size(); s++) {
          Statement statement = statements.get(s);
          PrincipalMatch match = matcher.apply(statement, docs.get(p).version(), kind);
          if (match.matches()) {
            StatementRef ref = new StatementRef(kind, p, s, statement.sid());
            applied.add(new AppliedStatement(ref, statement.effect(), match));
          }
        }
      }
      byKind.put(kind, List.copyOf(applied));
    }
  }

  /** The Deny statements that apply, in every kind evaluated. */
  List<StatementRef> denies() {
    List<StatementRef> refs = new ArrayList<>();
    byKind
        .values()
        .forEach(
            list ->
                list.stream()
                    .filter(a -> a.effect() == Effect.DENY)
                    .forEach(a -> refs.add(a.ref())));
    return refs;
  }

  /** The Allow statements of {@code kind} that apply and name the caller as {@code wanted} asks. */
  List<StatementRef> allows(PolicyKind kind, Predicate<PrincipalMatch> wanted) {
    return byKind.getOrDefault(kind, List.of()).stream()
        .filter(a -> a.effect() == Effect.ALLOW && wanted.test(a.match()))
        .map(AppliedStatement::ref)
        .toList();
  }

  /** The Allow statements of {@code kind} that apply. */
  List<StatementRef> allows(PolicyKind kind) {
    return allows(kind, m -> true);
  }

  /**
   * The Allow statements of SCPs or RCPs when every level has one, or empty when some level has
   * none (and so denies implicitly).
   */
  List<StatementRef> allowsAtEveryLevel(PolicyKind kind, List<ControlPolicies> levels) {
    List<StatementRef> all = allows(kind);
    int first = 0;
    for (ControlPolicies level : levels) {
      int start = first;
      int end = first + level.policies().size();
      if (all.stream().noneMatch(r -> r.policyIndex() >= start && r.policyIndex() < end)) {
        return List.of();
      }
      first = end;
    }
    return all;
  }
}
