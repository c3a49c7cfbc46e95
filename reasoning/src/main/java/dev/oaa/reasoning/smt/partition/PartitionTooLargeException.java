package dev.oaa.reasoning.smt.partition;

import dev.oaa.reasoning.errors.AccessAnalyzerException;

/** The patterns of one dimension distinguish too many regions to enumerate within the budget. */
public final class PartitionTooLargeException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  public PartitionTooLargeException(int patterns, int maxStates) {
    super(
        "Cannot partition "
            + patterns
            + " string patterns: more than "
            + maxStates
            + " automaton states");
  }
}
