package dev.oaa.reasoning.smt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Smart constructors for {@link Term}: constants fold, nesting flattens, duplicates go. */
public final class Terms {
  public static final Term TRUE = new Term.Const(true);
  public static final Term FALSE = new Term.Const(false);

  private Terms() {}

  /** The constant {@code value}. */
  public static Term constant(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** Negation, removing double negations and folding constants. */
  public static Term not(Term t) {
    if (t instanceof Term.Const c) {
      return constant(!c.value());
    }
    if (t instanceof Term.Not n) {
      return n.operand();
    }
    return new Term.Not(t);
  }

  /** Conjunction. */
  public static Term and(Term... terms) {
    return and(Arrays.asList(terms));
  }

  /** Conjunction of a list; {@code TRUE} when empty. */
  public static Term and(List<Term> terms) {
    Set<Term> operands = new LinkedHashSet<>();
    for (Term t : terms) {
      if (t.equals(FALSE)) {
        return FALSE;
      }
      if (t instanceof Term.And a) {
        operands.addAll(a.operands());
      } else if (!t.equals(TRUE)) {
        operands.add(t);
      }
    }
    return switch (operands.size()) {
      case 0 -> TRUE;
      case 1 -> operands.iterator().next();
      default -> new Term.And(new ArrayList<>(operands));
    };
  }

  /** Disjunction. */
  public static Term or(Term... terms) {
    return or(Arrays.asList(terms));
  }

  /** Disjunction of a list; {@code FALSE} when empty. */
  public static Term or(List<Term> terms) {
    Set<Term> operands = new LinkedHashSet<>();
    for (Term t : terms) {
      if (t.equals(TRUE)) {
        return TRUE;
      }
      if (t instanceof Term.Or o) {
        operands.addAll(o.operands());
      } else if (!t.equals(FALSE)) {
        operands.add(t);
      }
    }
    return switch (operands.size()) {
      case 0 -> FALSE;
      case 1 -> operands.iterator().next();
      default -> new Term.Or(new ArrayList<>(operands));
    };
  }

  /** {@code a => b}. */
  public static Term implies(Term a, Term b) {
    return or(not(a), b);
  }

  /** Some value of the dimension is in the regions; {@code FALSE} for no regions. */
  public static Term intersects(String dimension, BitSet regions) {
    return regions.isEmpty() ? FALSE : new Term.Intersects(dimension, regions);
  }

  /** Every value of the dimension is in the regions. */
  public static Term subsetOf(String dimension, BitSet regions) {
    return new Term.SubsetOf(dimension, regions);
  }

  /** The dimension is present. */
  public static Term present(String dimension) {
    return new Term.Present(dimension);
  }

  /** The principal is of one of the kinds. */
  public static Term kindIn(Set<PrincipalKind> kinds) {
    return or(kinds.stream().map(k -> (Term) new Term.KindIs(k)).toList());
  }
}
