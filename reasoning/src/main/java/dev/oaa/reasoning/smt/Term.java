package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.policy.Comparison;
import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The solver-independent formula language over one symbolic request. Policies compile to terms
 * ({@link PolicyCompiler}); a backend ({@code smt.z3}) encodes them for a solver. Build terms with
 * {@link Terms}, which simplifies constants away.
 *
 * <p>Atoms talk about the request's dimensions ({@link RequestSpace}): a string dimension holds a
 * set of values, each in one region of its partition, so string matching becomes set membership
 * over region ids.
 */
public sealed interface Term {

  /** {@code true} or {@code false}. */
  record Const(boolean value) implements Term {}

  /** Negation. */
  record Not(Term operand) implements Term {
    public Not {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** Conjunction of two or more terms. */
  record And(List<Term> operands) implements Term {
    public And {
      operands = List.copyOf(operands);
    }
  }

  /** Disjunction of two or more terms. */
  record Or(List<Term> operands) implements Term {
    public Or {
      operands = List.copyOf(operands);
    }
  }

  /** The dimension has a value in the request (the condition key is present). */
  record Present(String dimension) implements Term {}

  /** Some value of the string dimension lies in one of the regions (false when absent). */
  record Intersects(String dimension, BitSet regions) implements Term {
    public Intersects {
      regions = (BitSet) regions.clone();
    }

    @Override
    public BitSet regions() {
      return (BitSet) regions.clone();
    }
  }

  /** Every value of the string dimension lies in the regions (true when absent). */
  record SubsetOf(String dimension, BitSet regions) implements Term {
    public SubsetOf {
      regions = (BitSet) regions.clone();
    }

    @Override
    public BitSet regions() {
      return (BitSet) regions.clone();
    }
  }

  /**
   * Before partitioning: the string dimension's values match the patterns. {@code ANY}: some value
   * matches some pattern ({@code complement}: some value matches none); {@code ALL}: every value
   * matches some pattern ({@code complement}: every value matches none). {@code quantified} marks
   * atoms from ForAnyValue/ForAllValues operators, which make their key multi-valued. {@link
   * RequestSpace} resolves it to {@link Intersects} or {@link SubsetOf}.
   */
  record Matches(
      String dimension,
      Mode mode,
      List<StringPattern> patterns,
      boolean complement,
      boolean quantified)
      implements Term {
    public Matches {
      patterns = List.copyOf(patterns);
    }
  }

  /** Whether some value or every value must match. */
  enum Mode {
    ANY,
    ALL
  }

  /** The number or date dimension is present and compares to {@code value} (epoch seconds). */
  record Compare(String dimension, Comparison comparison, BigDecimal value) implements Term {}

  /** The boolean dimension is present and has this value. */
  record BoolIs(String dimension, boolean value) implements Term {}

  /** The IP dimension is present and lies in the range. */
  record IpIn(String dimension, IpRange range) implements Term {}

  /** The value of an atomic string dimension matches its pattern number {@code pattern}. */
  record PatternAtom(String dimension, int pattern) implements Term {}

  /** The principal is of this kind. */
  record KindIs(PrincipalKind kind) implements Term {}

  /**
   * A fact the encoding does not interpret (a match against a pattern with a policy variable): the
   * solver may choose it freely, which over-approximates what is possible; witnesses are replayed.
   */
  record Opaque(OpaqueFact fact) implements Term {
    public Opaque {
      Objects.requireNonNull(fact, "fact");
    }

    /** The fact's name, which identifies the atom. */
    public String name() {
      return fact.name();
    }
  }
}
