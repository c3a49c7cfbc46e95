package dev.oaa.reasoning.eval;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a request, with the statements that decided it: the Deny statements
 * that apply for {@link Result#EXPLICIT_DENY}; the Allow statements that were needed for {@link
 * Result#ALLOW}; none for {@link Result#IMPLICIT_DENY} (nothing decided it: something was missing).
 *
 * @param result allowed, explicitly denied or implicitly denied
 * @param statements the deciding statements, in policy-set order
 * @param reason one line saying why, for people reading test failures and findings
 */
public record Decision(Result result, List<StatementRef> statements, String reason) {

  /** The three outcomes of IAM's evaluation logic. */
  public enum Result {
    /** Some policy allows and nothing denies. */
    ALLOW,
    /** A Deny statement applies. */
    EXPLICIT_DENY,
    /** No Deny applies, but the policies that must allow do not. */
    IMPLICIT_DENY
  }

  public Decision {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(reason, "reason");
    statements = List.copyOf(statements);
  }

  /** Whether the request is allowed. */
  public boolean isAllowed() {
    return result == Result.ALLOW;
  }

  static Decision allow(List<StatementRef> statements, String reason) {
    return new Decision(Result.ALLOW, statements, reason);
  }

  static Decision explicitDeny(List<StatementRef> statements) {
    return new Decision(Result.EXPLICIT_DENY, statements, "a Deny statement applies");
  }

  static Decision implicitDeny(String reason) {
    return new Decision(Result.IMPLICIT_DENY, List.of(), reason);
  }
}
