package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.CheckResult;
import java.util.Objects;

/** What running one check on one extracted policy gave. */
public sealed interface Outcome permits Outcome.Checked, Outcome.Errored, Outcome.NotApplicable {

  /** Dispatches on the variant. */
  <R> R accept(Visitor<R> visitor);

  /** The check ran: PASS, FAIL or UNKNOWN. */
  public static Outcome of(CheckResult result) {
    return new Checked(result);
  }

  /** The check could not run on this policy, for {@code message} (one line). */
  public static Outcome error(String message) {
    return new Errored(message);
  }

  /** The check does not apply to this policy, for {@code reason} (one line). */
  public static Outcome notApplicable(String reason) {
    return new NotApplicable(reason);
  }

  /** The check ran. */
  record Checked(CheckResult result) implements Outcome {
    public Checked {
      Objects.requireNonNull(result, "result");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitChecked(this);
    }
  }

  /** The check failed to run, such as a policy beyond the engine's limits. */
  record Errored(String message) implements Outcome {
    public Errored {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitErrored(this);
    }
  }

  /**
   * The check does not apply, such as check-no-public-access on a resource type AWS's check does
   * not accept.
   */
  record NotApplicable(String reason) implements Outcome {
    public NotApplicable {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNotApplicable(this);
    }
  }

  /** Exhaustive dispatch over the variants. */
  interface Visitor<R> {
    /** The check ran. */
    R visitChecked(Checked checked);

    /** The check failed to run. */
    R visitErrored(Errored errored);

    /** The check does not apply. */
    R visitNotApplicable(NotApplicable notApplicable);
  }
}
