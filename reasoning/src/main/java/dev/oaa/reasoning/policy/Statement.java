package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a policy.
 *
 * @param sid the {@code Sid}, or the empty string when absent
 * @param effect Allow or Deny
 * @param principal Principal, NotPrincipal, or neither (identity policies)
 * @param action Action or NotAction
 * @param resource Resource, NotResource, or neither (role trust policies)
 * @param conditions the Condition block flattened: one entry per (operator, key); all must hold
 */
public record Statement(
    String sid,
    Effect effect,
    PrincipalClause principal,
    ActionClause action,
    ResourceClause resource,
    List<Condition> conditions) {
  public Statement {
    Objects.requireNonNull(sid, "sid");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    conditions = List.copyOf(conditions);
  }

  /** Whether this statement has a Principal or NotPrincipal element. */
  public boolean hasPrincipal() {
    return !(principal instanceof PrincipalClause.NoPrincipal);
  }

  /** Whether the Principal element is {@code "*"} (or {@code {"AWS": "*"}}). */
  public boolean allowsAnyPrincipal() {
    return principal instanceof PrincipalClause.Principals p
        && p.values().contains(Principal.any());
  }
}
