package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.errors.AccessAnalyzerException;
import dev.oaa.reasoning.smt.ConcreteRequest;

/**
 * The solver's witness does not replay on the concrete evaluator: a bug in one of the two engines,
 * reported as an internal error and never as a result.
 */
public final class WitnessMismatchException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  WitnessMismatchException(String check, ConcreteRequest witness) {
    super(
        "Internal error in "
            + check
            + ": the solver's witness does not replay on the evaluator: "
            + witness);
  }
}
