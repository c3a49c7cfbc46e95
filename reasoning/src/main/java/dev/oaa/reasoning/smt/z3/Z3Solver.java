package dev.oaa.reasoning.smt.z3;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Params;
import com.microsoft.z3.Status;
import dev.oaa.reasoning.smt.Outcome;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.Solver;
import dev.oaa.reasoning.smt.Term;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Solver} on Z3. One instance owns one Z3 context and one solver, reused with push/pop
 * (measured cheapest), and recycles them every {@value #CHECKS_PER_CONTEXT} checks because Z3 frees
 * native memory only when the context closes. A context is not thread-safe (two threads on one
 * context crash the JVM), so an instance belongs to one thread; close it in {@code finally}.
 */
public final class Z3Solver implements Solver {
  static final int CHECKS_PER_CONTEXT = 2_000;

  private Context context;
  private com.microsoft.z3.Solver solver;
  private int checks;

  /** The space whose facts are asserted at the base level, and its encoder (variables). */
  private RequestSpace baseSpace;

  private Z3Encoder baseEncoder;
  private final Thread owner = Thread.currentThread();

  /** A solver for the calling thread. */
  public Z3Solver() {}

  @Override
  public Outcome check(Term formula, RequestSpace space, Duration timeout) {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A Z3Solver belongs to thread " + owner.getName() + ": create one per thread");
    }
    ensureOpen();
    Params params = context.mkParams();
    params.add("timeout", (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis())));
    solver.setParameters(params);
    Z3Encoder encoder = encoderFor(space);
    solver.push();
    try {
      assertAll(List.of(encoder.encode(formula)));
      Status status = solver.check();
      return switch (status) {
        case SATISFIABLE -> new Outcome.Sat(encoder.decode(solver.getModel()));
        case UNSATISFIABLE -> new Outcome.Unsat();
        case UNKNOWN -> new Outcome.Unknown("Z3 gave up: " + solver.getReasonUnknown());
      };
    } finally {
      solver.pop();
      if (++checks >= CHECKS_PER_CONTEXT) {
        close();
      }
    }
  }

  /**
   * The encoder of {@code space}, whose domain facts and constraints sit at the solver's base
   * level: consecutive checks over one space (a check's statements, a finding's actions) assert
   * them once.
   */
  private Z3Encoder encoderFor(RequestSpace space) {
    if (space != baseSpace) {
      if (baseSpace != null) {
        solver.pop();
      }
      solver.push();
      baseEncoder = new Z3Encoder(context, space);
      List<BoolExpr> facts = new ArrayList<>(List.of(baseEncoder.domainFacts()));
      space.constraints().forEach(fact -> facts.add(baseEncoder.encode(fact)));
      assertAll(facts);
      baseSpace = space;
    }
    return baseEncoder;
  }

  // Z3's add(Expr<BoolSort>...) is a generic varargs method; the array holds BoolExprs only.
  @SuppressWarnings("unchecked")
  private void assertAll(List<BoolExpr> assertions) {
    solver.add(assertions.toArray(new BoolExpr[0]));
  }

  private void ensureOpen() {
    if (context == null) {
      context = new Context(Map.of("model", "true"));
      solver = context.mkSolver();
      checks = 0;
    }
  }

  @Override
  public void close() {
    baseSpace = null;
    baseEncoder = null;
    if (context != null) {
      context.close();
      context = null;
      solver = null;
    }
  }
}
