package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.Realizer;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A single-valued string dimension with too many interacting patterns to partition in full: the
 * solver sees one boolean atom per pattern ("the value matches pattern i"), which over-approximates
 * what strings can do, and every model's atoms are realized by a concrete string ({@link Realizer})
 * or refuted by a clause ({@link RefiningSolver}). UNSAT over the atoms is UNSAT over strings.
 *
 * @param name the dimension's name in terms
 * @param presenceKey the key whose presence this dimension follows
 * @param patterns every pattern, the realistic-domain shapes last
 * @param index the index of each pattern
 * @param shapes the indexes of the shapes among {@code patterns}
 * @param pinned the indexes of the patterns that pin their values (see {@code Pinning})
 */
public record AtomicDimension(
    String name,
    String presenceKey,
    List<StringPattern> patterns,
    Map<StringPattern, Integer> index,
    BitSet shapes,
    BitSet pinned) {
  public AtomicDimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(presenceKey, "presenceKey");
    patterns = List.copyOf(patterns);
    index = Map.copyOf(index);
    shapes = (BitSet) shapes.clone();
    pinned = (BitSet) pinned.clone();
  }

  @Override
  public BitSet shapes() {
    return (BitSet) shapes.clone();
  }

  @Override
  public BitSet pinned() {
    return (BitSet) pinned.clone();
  }

  /** The atom of a pattern. */
  public Term atom(StringPattern pattern) {
    Integer i = index.get(pattern);
    if (i == null) {
      throw new IllegalArgumentException("Pattern " + pattern + " was not collected for " + name);
    }
    return new Term.PatternAtom(name, i);
  }

  /** The patterns that are not shapes, as a realizer sees them. */
  public Realizer realizer() {
    return new Realizer(patterns, shapes.stream().mapToObj(patterns::get).toList());
  }
}
