package dev.oaa.reasoning.smt.partition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The atomic predicates of a set of string patterns over a domain: the regions of the domain that
 * the patterns cannot tell apart. Two strings in one region match exactly the same patterns, so a
 * solver can reason about a region id instead of a string, and every region has a witness string.
 *
 * <p>The construction explores the product of the patterns' automata and the domain's automaton
 * breadth-first over a finite alphabet: every character a pattern names literally, plus one
 * representative of each class of unnamed characters (an unnamed digit, {@code :}, anything else),
 * which the patterns cannot distinguish from each other. The regions are exactly the match
 * signatures of the reachable product states where the domain accepts, and each witness is a
 * shortest string with that signature. The partition is therefore exact, not an approximation.
 *
 * @param patterns the patterns, indexed as in the signatures
 * @param regions the non-empty regions of the domain
 */
public record Partition(List<StringPattern> patterns, List<Region> regions) {
  /** Product states explored before giving up (the solver then answers UNKNOWN). */
  public static final int MAX_STATES = 200_000;

  public Partition {
    patterns = List.copyOf(patterns);
    regions = List.copyOf(regions);
  }

  /**
   * A region: the patterns its strings match, and a shortest such string.
   *
   * @param signature bit {@code i} set when pattern {@code i} matches
   * @param witness a string of the domain in this region
   */
  public record Region(BitSet signature, String witness) {
    public Region {
      signature = (BitSet) signature.clone();
      Objects.requireNonNull(witness, "witness");
    }

    @Override
    public BitSet signature() {
      return (BitSet) signature.clone();
    }

    /** Whether pattern {@code index} matches the strings of this region. */
    public boolean matches(int index) {
      return signature.get(index);
    }
  }

  /**
   * Partitions {@code domain} by {@code patterns}.
   *
   * @throws PartitionTooLargeException when the product exceeds {@link #MAX_STATES} states
   */
  public static Partition of(List<StringPattern> patterns, StringPattern domain) {
    return new Builder(patterns, domain).build();
  }

  /** The regions (indexes) where pattern {@code index} matches. */
  public BitSet regionsMatching(int index) {
    BitSet result = new BitSet();
    for (int r = 0; r < regions.size(); r++) {
      if (regions.get(r).matches(index)) {
        result.set(r);
      }
    }
    return result;
  }

  /** The region of {@code text}, or -1 when it is outside the domain. */
  public int regionOf(String text, StringPattern domain) {
    if (!domain.matches(text)) {
      return -1;
    }
    BitSet signature = new BitSet();
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matches(text)) {
        signature.set(i);
      }
    }
    for (int r = 0; r < regions.size(); r++) {
      if (regions.get(r).signature.equals(signature)) {
        return r;
      }
    }
    throw new IllegalStateException("No region for `" + text + "`: the partition is not exact");
  }

  /** The breadth-first product construction. */
  private static final class Builder {
    private final List<StringPattern> patterns;
    private final PatternAutomaton[] automata;
    private final PatternAutomaton domain;
    private final char[] alphabet;

    Builder(List<StringPattern> patterns, StringPattern domain) {
      this.patterns = List.copyOf(patterns);
      this.automata = new PatternAutomaton[patterns.size()];
      for (int i = 0; i < automata.length; i++) {
        automata[i] = new PatternAutomaton(patterns.get(i));
      }
      this.domain = new PatternAutomaton(domain);
      this.alphabet = alphabet(patterns, domain);
    }

    Partition build() {
      Map<BitSet, String> witnesses = new LinkedHashMap<>();
      Map<State, Boolean> seen = new HashMap<>();
      ArrayDeque<State> queue = new ArrayDeque<>();
      State start = start();
      queue.add(start);
      seen.put(start, Boolean.TRUE);
      while (!queue.isEmpty()) {
        State state = queue.poll();
        if (domain.accepts(state.domain)) {
          witnesses.putIfAbsent(state.signature(automata), state.text);
        }
        for (char c : alphabet) {
          State next = state.step(c, automata, domain);
          if (next != null && seen.putIfAbsent(next, Boolean.TRUE) == null) {
            if (seen.size() > MAX_STATES) {
              throw new PartitionTooLargeException(patterns.size(), MAX_STATES);
            }
            queue.add(next);
          }
        }
      }
      List<Region> regions = new ArrayList<>();
      witnesses.forEach((signature, text) -> regions.add(new Region(signature, text)));
      return new Partition(patterns, regions);
    }

    private State start() {
      long[][] states = new long[automata.length][];
      for (int i = 0; i < automata.length; i++) {
        states[i] = automata[i].start();
      }
      return new State(states, domain.start(), "");
    }

    /**
     * One representative per unnamed class first (so that witnesses read as "some other value"),
     * then the literal characters in a stable order.
     */
    private static char[] alphabet(List<StringPattern> patterns, StringPattern domain) {
      TreeSet<Character> literals = new TreeSet<>();
      for (StringPattern p : patterns) {
        collectLiterals(p, literals);
      }
      collectLiterals(domain, literals);
      StringBuilder chars = new StringBuilder();
      addRepresentative(chars, literals, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-.");
      addRepresentative(chars, literals, "0123456789");
      addRepresentative(chars, literals, ":");
      literals.forEach(chars::append);
      return chars.toString().toCharArray();
    }

    private static void collectLiterals(StringPattern pattern, SortedSet<Character> literals) {
      for (StringPattern.Token t : pattern.tokens()) {
        if (t instanceof StringPattern.Literal l) {
          literals.add(l.c());
        } else if (t instanceof StringPattern.EitherCase e) {
          literals.add(Character.toLowerCase(e.c()));
          literals.add(Character.toUpperCase(e.c()));
        }
      }
    }

    private static void addRepresentative(
        StringBuilder chars, Set<Character> literals, String candidates) {
      for (int i = 0; i < candidates.length(); i++) {
        char c = candidates.charAt(i);
        if (!literals.contains(c)) {
          chars.append(c);
          return;
        }
      }
    }
  }

  /** One product state: a position set per pattern (empty when dead), the domain's, the text. */
  private static final class State {
    private final long[][] patterns;
    private final long[] domain;
    private final String text;
    private final int hash;

    State(long[][] patterns, long[] domain, String text) {
      this.patterns = patterns;
      this.domain = domain;
      this.text = text;
      this.hash = 31 * Arrays.deepHashCode(patterns) + Arrays.hashCode(domain);
    }

    State step(char c, PatternAutomaton[] automata, PatternAutomaton domainAutomaton) {
      long[] nextDomain = domainAutomaton.step(domain, c);
      if (nextDomain == null) {
        return null;
      }
      long[][] next = new long[patterns.length][];
      for (int i = 0; i < patterns.length; i++) {
        long[] s = patterns[i].length == 0 ? null : automata[i].step(patterns[i], c);
        next[i] = s == null ? new long[0] : s;
      }
      return new State(next, nextDomain, text + c);
    }

    BitSet signature(PatternAutomaton[] automata) {
      BitSet signature = new BitSet(patterns.length);
      for (int i = 0; i < patterns.length; i++) {
        if (patterns[i].length > 0 && automata[i].accepts(patterns[i])) {
          signature.set(i);
        }
      }
      return signature;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State s
          && Arrays.equals(domain, s.domain)
          && Arrays.deepEquals(patterns, s.patterns);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
