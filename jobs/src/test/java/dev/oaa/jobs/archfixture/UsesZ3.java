package dev.oaa.jobs.archfixture;

import com.microsoft.z3.Context;

/** Jobs code that imports Z3: a violation of ArchitectureTest's solver rule. */
public final class UsesZ3 {
  public Context context() {
    return new Context();
  }
}
