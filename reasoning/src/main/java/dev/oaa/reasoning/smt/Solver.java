package dev.oaa.reasoning.smt;

import java.time.Duration;

/**
 * A satisfiability checker for resolved {@link Term}s over a {@link RequestSpace}. Implementations
 * hold native solver state: they are confined to one thread and must be closed.
 */
public interface Solver extends AutoCloseable {

  /**
   * Whether some request of {@code space} satisfies {@code formula} (already {@linkplain
   * RequestSpace#resolve resolved}) together with the space's {@linkplain RequestSpace#constraints
   * constraints}.
   */
  Outcome check(Term formula, RequestSpace space, Duration timeout);

  @Override
  void close();
}
