package dev.oaa.reasoning.eval;

import java.util.Objects;

/**
 * A statement of one of the policies in a {@link PolicySet}.
 *
 * @param kind the kind of policy
 * @param policyIndex the index of the policy in its list of {@link PolicySet}; for SCPs and RCPs,
 *     the index in the list of all policies of all levels, level by level
 * @param statementIndex the index of the statement in the policy
 * @param sid the statement's Sid, or the empty string
 */
public record StatementRef(PolicyKind kind, int policyIndex, int statementIndex, String sid) {
  public StatementRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sid, "sid");
  }

  @Override
  public String toString() {
    return kind
        + "["
        + policyIndex
        + "]/Statement/"
        + statementIndex
        + (sid.isEmpty() ? "" : " (" + sid + ")");
  }
}
