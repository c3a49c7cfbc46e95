package dev.oaa.reasoning.smt.partition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a shortest string of a domain that matches exactly the required patterns: the targeted
 * counterpart of {@link Partition}, for dimensions with too many patterns to partition in full. The
 * search explores the product of the patterns' automata breadth-first, pruning every state where a
 * pattern that must match has died.
 */
public final class Realizer {
  /** Product states explored per search before giving up. */
  public static final int MAX_STATES = 100_000;

  private final List<StringPattern> patterns;
  private final PatternAutomaton[] automata;
  private final PatternAutomaton[] shapes;
  private final char[] alphabet;

  /** A realizer over {@code patterns}, for strings that some of {@code shapes} accepts. */
  public Realizer(List<StringPattern> patterns, List<StringPattern> shapes) {
    this.patterns = List.copyOf(patterns);
    this.automata = patterns.stream().map(PatternAutomaton::new).toArray(PatternAutomaton[]::new);
    this.shapes = shapes.stream().map(PatternAutomaton::new).toArray(PatternAutomaton[]::new);
    List<StringPattern> all = new ArrayList<>(patterns);
    all.addAll(shapes);
    this.alphabet = Partition.Builder.alphabet(all, StringPattern.glob(""));
  }

  /** The number of patterns. */
  public int size() {
    return patterns.size();
  }

  /**
   * A shortest string that every pattern in {@code mustMatch} matches and no pattern in {@code
   * mustNotMatch} matches, or empty when there is none.
   *
   * @throws PartitionTooLargeException when the search exceeds {@link #MAX_STATES} states
   */
  public Optional<String> find(BitSet mustMatch, BitSet mustNotMatch) {
    int[] ids = mustMatch.stream().toArray();
    int[] excluded = mustNotMatch.stream().toArray();
    ArrayDeque<Node> queue = new ArrayDeque<>();
    Set<Node> seen = new HashSet<>();
    Node start = start(ids, excluded);
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      if (node.accepts(ids, excluded, automata, shapes)) {
        return Optional.of(node.text);
      }
      for (char c : alphabet) {
        Node next = node.step(c, ids, excluded, automata, shapes);
        if (next != null && seen.add(next)) {
          if (seen.size() > MAX_STATES) {
            throw new PartitionTooLargeException(patterns.size(), MAX_STATES);
          }
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }

  private Node start(int[] ids, int[] excluded) {
    long[][] required = new long[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      required[i] = automata[ids[i]].start();
    }
    long[][] forbidden = new long[excluded.length][];
    for (int i = 0; i < excluded.length; i++) {
      forbidden[i] = automata[excluded[i]].start();
    }
    long[][] domain = new long[shapes.length][];
    for (int i = 0; i < shapes.length; i++) {
      domain[i] = shapes[i].start();
    }
    return new Node(required, forbidden, domain, "");
  }

  /** The state of a required pattern that accepts every continuation. */
  private static final long[] UNIVERSAL = new long[0];

  /** A search state: the required, forbidden and shape automata's position sets (null: dead). */
  private static final class Node {
    private final long[][] required;
    private final long[][] forbidden;
    private final long[][] domain;
    private final String text;
    private final int hash;

    Node(long[][] required, long[][] forbidden, long[][] domain, String text) {
      this.required = required;
      this.forbidden = forbidden;
      this.domain = domain;
      this.text = text;
      this.hash =
          31 * (31 * Arrays.deepHashCode(required) + Arrays.deepHashCode(forbidden))
              + Arrays.deepHashCode(domain);
    }

    boolean accepts(
        int[] ids, int[] excluded, PatternAutomaton[] automata, PatternAutomaton[] shapes) {
      for (int i = 0; i < ids.length; i++) {
        if (required[i] != UNIVERSAL && !automata[ids[i]].accepts(required[i])) {
          return false;
        }
      }
      for (int i = 0; i < excluded.length; i++) {
        if (forbidden[i] != null && automata[excluded[i]].accepts(forbidden[i])) {
          return false;
        }
      }
      for (int i = 0; i < shapes.length; i++) {
        if (domain[i] != null && shapes[i].accepts(domain[i])) {
          return true;
        }
      }
      return false;
    }

    Node step(
        char c, int[] ids, int[] excluded, PatternAutomaton[] automata, PatternAutomaton[] shapes) {
      long[][] nextRequired = new long[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        if (required[i] == UNIVERSAL) {
          nextRequired[i] = UNIVERSAL;
          continue;
        }
        long[] s = automata[ids[i]].step(required[i], c);
        if (s == null) {
          return null; // a pattern that must match can no longer match
        }
        // Once it matches every continuation, its exact positions no longer matter.
        nextRequired[i] = automata[ids[i]].isUniversal(s) ? UNIVERSAL : s;
      }
      long[][] nextDomain = new long[shapes.length][];
      boolean anyShape = false;
      for (int i = 0; i < shapes.length; i++) {
        nextDomain[i] = domain[i] == null ? null : shapes[i].step(domain[i], c);
        anyShape |= nextDomain[i] != null;
      }
      if (!anyShape) {
        return null;
      }
      long[][] nextForbidden = new long[excluded.length][];
      for (int i = 0; i < excluded.length; i++) {
        nextForbidden[i] =
            forbidden[i] == null ? null : automata[excluded[i]].step(forbidden[i], c);
        if (nextForbidden[i] != null && automata[excluded[i]].isUniversal(nextForbidden[i])) {
          return null; // a pattern that must not match now matches every continuation
        }
      }
      return new Node(nextRequired, nextForbidden, nextDomain, text + c);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Node n
          && hash == n.hash
          && Arrays.deepEquals(required, n.required)
          && Arrays.deepEquals(forbidden, n.forbidden)
          && Arrays.deepEquals(domain, n.domain);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
