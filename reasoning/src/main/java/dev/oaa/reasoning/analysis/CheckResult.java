package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.smt.ConcreteRequest;
import java.util.List;
import java.util.Objects;

/** The answer of a custom policy check: PASS, FAIL with reasons and a witness, or UNKNOWN. */
public sealed interface CheckResult
    permits CheckResult.Pass, CheckResult.Fail, CheckResult.Unknown {

  /** The result name as AWS spells it. */
  Verdict verdict();

  /** A one-line explanation. */
  String message();

  /** The three verdicts. */
  enum Verdict {
    PASS,
    FAIL,
    UNKNOWN
  }

  /** The property holds for every request. */
  record Pass(String message) implements CheckResult {
    public Pass {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public Verdict verdict() {
      return Verdict.PASS;
    }
  }

  /**
   * The property fails: {@code witness} is a request that shows it, confirmed by the concrete
   * evaluator; {@code reasons} name the statements responsible, as AWS reports them.
   */
  record Fail(String message, List<Reason> reasons, ConcreteRequest witness)
      implements CheckResult {
    public Fail {
      Objects.requireNonNull(message, "message");
      reasons = List.copyOf(reasons);
      Objects.requireNonNull(witness, "witness");
    }

    @Override
    public Verdict verdict() {
      return Verdict.FAIL;
    }
  }

  /** The solver could not decide (timeout, limits): never a PASS. */
  record Unknown(String message) implements CheckResult {
    public Unknown {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public Verdict verdict() {
      return Verdict.UNKNOWN;
    }
  }

  /**
   * One statement responsible for a FAIL.
   *
   * @param description AWS's wording, such as "New access in the statement with index: 0."
   * @param statementIndex the 0-based index of the statement
   * @param statementId its Sid, or the empty string
   */
  record Reason(String description, int statementIndex, String statementId) {
    public Reason {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(statementId, "statementId");
    }
  }
}
