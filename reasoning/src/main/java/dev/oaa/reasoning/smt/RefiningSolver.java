package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.PartitionTooLargeException;
import dev.oaa.reasoning.smt.partition.Realizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides formulas over spaces with atomic dimensions by counterexample-guided refinement: solve
 * over the atoms; realize each atomic dimension's matches with a concrete string; when a
 * combination has no string, add a lemma that rules out a small unrealizable core of it and solve
 * again. A model is returned only once every atomic dimension is realized; UNSAT over the atoms is
 * UNSAT over strings, since the atoms over-approximate them.
 */
public final class RefiningSolver implements Solver {
  /** Refinement rounds before the answer is UNKNOWN. */
  static final int MAX_ROUNDS = 64;

  private final Solver inner;

  /** Refinement on top of {@code inner}, which it owns and closes. */
  public RefiningSolver(Solver inner) {
    this.inner = inner;
  }

  @Override
  public Outcome check(Term formula, RequestSpace space, Duration timeout) {
    if (space.atomics().isEmpty()) {
      return inner.check(formula, space, timeout);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, Realizer> realizers = new HashMap<>();
    List<Term> lemmas = new ArrayList<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return new Outcome.Unknown("the time ran out while realizing string values");
      }
      Outcome outcome =
          inner.check(Terms.and(formula, Terms.and(lemmas)), space, Duration.ofNanos(left));
      if (!(outcome instanceof Outcome.Sat sat)) {
        return outcome;
      }
      try {
        Map<String, String> realized = new HashMap<>();
        boolean complete = true;
        for (Map.Entry<String, BitSet> e : sat.model().atoms().entrySet()) {
          AtomicDimension d = space.atomics().get(e.getKey());
          Realizer realizer = realizers.computeIfAbsent(d.name(), n -> d.realizer());
          BitSet must = e.getValue();
          BitSet mustNot = new BitSet();
          mustNot.set(0, d.patterns().size());
          mustNot.andNot(must);
          Optional<String> value = realizer.find(must, mustNot);
          if (value.isPresent()) {
            realized.put(d.name(), value.get());
          } else {
            lemmas.add(lemma(d, realizer, must, mustNot));
            complete = false;
          }
        }
        if (complete) {
          return new Outcome.Sat(sat.model().withRealized(realized));
        }
      } catch (PartitionTooLargeException e) {
        return new Outcome.Unknown("cannot realize a string value: " + e.getMessage());
      }
    }
    return new Outcome.Unknown("no realizable string value after " + MAX_ROUNDS + " refinements");
  }

  /**
   * A clause excluding a small unrealizable core of (must, mustNot): the shortest prefix of the
   * negative literals that, with all positive ones, has no string, then each literal dropped when
   * the rest still has none.
   */
  private static Term lemma(AtomicDimension d, Realizer realizer, BitSet must, BitSet mustNot) {
    BitSet positive = (BitSet) must.clone();
    BitSet negative = shortestUnrealizablePrefix(realizer, positive, mustNot);
    for (int i = positive.nextSetBit(0); i >= 0; i = positive.nextSetBit(i + 1)) {
      positive.clear(i);
      if (realizer.find(positive, negative).isPresent()) {
        positive.set(i);
      }
    }
    for (int j = negative.nextSetBit(0); j >= 0; j = negative.nextSetBit(j + 1)) {
      negative.clear(j);
      if (realizer.find(positive, negative).isPresent()) {
        negative.set(j);
      }
    }
    List<Term> literals = new ArrayList<>();
    positive.stream().forEach(i -> literals.add(Terms.not(new Term.PatternAtom(d.name(), i))));
    negative.stream().forEach(j -> literals.add(new Term.PatternAtom(d.name(), j)));
    return Terms.or(literals);
  }

  private static BitSet shortestUnrealizablePrefix(Realizer realizer, BitSet must, BitSet mustNot) {
    int[] negatives = mustNot.stream().toArray();
    int lo = 0;
    int hi = negatives.length; // with all of them there is no string
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (realizer.find(must, prefix(negatives, mid)).isPresent()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return prefix(negatives, lo);
  }

  private static BitSet prefix(int[] indexes, int length) {
    BitSet set = new BitSet();
    for (int i = 0; i < length; i++) {
      set.set(indexes[i]);
    }
    return set;
  }

  @Override
  public void close() {
    inner.close();
  }
}
