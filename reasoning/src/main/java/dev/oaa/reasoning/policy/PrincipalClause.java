package dev.oaa.reasoning.policy;

import java.util.List;

/** The Principal element of a statement: {@code Principal}, {@code NotPrincipal} or absent. */
public sealed interface PrincipalClause
    permits PrincipalClause.Principals, PrincipalClause.NotPrincipals, PrincipalClause.NoPrincipal {

  /** The listed principals (empty for {@link NoPrincipal}). */
  List<Principal> values();

  /** {@code "Principal": ...}: the statement applies to the listed principals. */
  record Principals(List<Principal> values) implements PrincipalClause {
    public Principals {
      values = List.copyOf(values);
    }
  }

  /** {@code "NotPrincipal": ...}: the statement applies to every principal except those listed. */
  record NotPrincipals(List<Principal> values) implements PrincipalClause {
    public NotPrincipals {
      values = List.copyOf(values);
    }
  }

  /** No principal element: the statement is in an identity (or SCP, boundary, session) policy. */
  record NoPrincipal() implements PrincipalClause {
    @Override
    public List<Principal> values() {
      return List.of();
    }
  }

  /** The absent clause. */
  static PrincipalClause none() {
    return new NoPrincipal();
  }
}
