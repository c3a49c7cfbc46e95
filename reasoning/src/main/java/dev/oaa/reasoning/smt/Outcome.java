package dev.oaa.reasoning.smt;

import java.util.Objects;

/** What a solver answered about a formula. */
public sealed interface Outcome permits Outcome.Sat, Outcome.Unsat, Outcome.Unknown {

  /** Some request satisfies the formula; here is one. */
  record Sat(SymbolicModel model) implements Outcome {
    public Sat {
      Objects.requireNonNull(model, "model");
    }
  }

  /** No request satisfies the formula. */
  record Unsat() implements Outcome {}

  /** The solver gave up (timeout, resource limit); never to be read as Unsat. */
  record Unknown(String reason) implements Outcome {
    public Unknown {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
