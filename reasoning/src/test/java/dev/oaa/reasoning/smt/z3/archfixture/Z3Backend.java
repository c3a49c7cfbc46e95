package dev.oaa.reasoning.smt.z3.archfixture;

import com.microsoft.z3.Context;

/** Z3 use inside the Z3 backend package: allowed by ArchitectureTest. */
public final class Z3Backend {
  public Context context() {
    return new Context();
  }
}
