package dev.oaa.jobs.cli;

import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.analysis.PolicyChecks;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Builds the reasoning engines the commands use. */
final class Engines {
  private Engines() {}

  /** Checks on a fresh Z3 solver for this thread, confirming witnesses on the evaluator. */
  static PolicyChecks checks(Duration timeout) {
    return new PolicyChecks(
        new Z3Solver(), EvaluatorReplay.INSTANCE, timeout, UnaryOperator.identity());
  }
}
