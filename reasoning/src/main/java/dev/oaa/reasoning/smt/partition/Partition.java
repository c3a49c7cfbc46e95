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
    return of(patterns, domain, MAX_STATES);
  }

  /**
   * Partitions {@code domain} by {@code patterns}, exploring at most {@code maxStates} states.
   *
   * @throws PartitionTooLargeException when the product exceeds {@code maxStates} states
   */
  public static Partition of(List<StringPattern> patterns, StringPattern domain, int maxStates) {
    return new Builder(patterns, domain, maxStates).build();
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

  /** The breadth-first product construction, on sparse states (only live patterns are kept). */
  static final class Builder {
    private final List<StringPattern> patterns;

    /** Distinct patterns: identical ones share one automaton and one signature bit group. */
    private final PatternAutomaton[] automata;

    private final int[][] originals;
    private final PatternAutomaton domain;
    private final Alphabet alphabet;
    private final int maxStates;

    Builder(List<StringPattern> patterns, StringPattern domain, int maxStates) {
      this.patterns = List.copyOf(patterns);
      this.maxStates = maxStates;
      Map<StringPattern, List<Integer>> distinct = new LinkedHashMap<>();
      for (int i = 0; i < patterns.size(); i++) {
        distinct.computeIfAbsent(patterns.get(i), k -> new ArrayList<>()).add(i);
      }
      this.automata = new PatternAutomaton[distinct.size()];
      this.originals = new int[distinct.size()][];
      int d = 0;
      for (Map.Entry<StringPattern, List<Integer>> e : distinct.entrySet()) {
        automata[d] = new PatternAutomaton(e.getKey());
        originals[d] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
        d++;
      }
      this.domain = new PatternAutomaton(domain);
      this.alphabet = new Alphabet(alphabet(patterns, domain));
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
          witnesses.computeIfAbsent(signature(state), k -> state.text);
        }
        for (State next : state.successors(automata, domain, alphabet)) {
          if (next != null && seen.putIfAbsent(next, Boolean.TRUE) == null) {
            if (seen.size() > maxStates) {
              throw new PartitionTooLargeException(patterns.size(), maxStates);
            }
            queue.add(next);
          }
        }
      }
      List<Region> regions = new ArrayList<>();
      witnesses.forEach((signature, text) -> regions.add(new Region(signature, text)));
      return new Partition(patterns, regions);
    }

    private BitSet signature(State state) {
      BitSet signature = new BitSet(patterns.size());
      for (int k = 0; k < state.ids.length; k++) {
        if (automata[state.ids[k]].accepts(state.sets[k])) {
          for (int original : originals[state.ids[k]]) {
            signature.set(original);
          }
        }
      }
      return signature;
    }

    private State start() {
      int[] ids = new int[automata.length];
      long[][] sets = new long[automata.length][];
      for (int i = 0; i < automata.length; i++) {
        ids[i] = i;
        sets[i] = automata[i].start();
      }
      return new State(ids, sets, domain.start(), "");
    }

    /**
     * One representative per unnamed class first (so that witnesses read as "some other value"),
     * then the literal characters in a stable order.
     */
    static char[] alphabet(List<StringPattern> patterns, StringPattern domain) {
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

  /**
   * One product state: the live patterns (ascending ids) with their position sets, the domain's
   * position set, and the shortest text that reaches it.
   */
  private static final class State {
    private final int[] ids;
    private final long[][] sets;
    private final long[] domain;
    private final String text;
    private final int hash;

    State(int[] ids, long[][] sets, long[] domain, String text) {
      this.ids = ids;
      this.sets = sets;
      this.domain = domain;
      this.text = text;
      int h = Arrays.hashCode(ids);
      for (long[] set : sets) {
        h = 31 * h + Arrays.hashCode(set);
      }
      this.hash = 31 * h + Arrays.hashCode(domain);
    }

    /**
     * The successor on every alphabet character at once: each live position sends its pattern to
     * the characters its token accepts (one for a literal, a class's worth for a wildcard), so a
     * literal-heavy state costs its positions, not positions times alphabet. Moves are packed as
     * {@code char << 42 | live index << 21 | target} and sorted, which groups them by character and
     * then by pattern in ascending id order.
     */
    State[] successors(
        PatternAutomaton[] automata, PatternAutomaton domainAutomaton, Alphabet alphabet) {
      Moves moves = new Moves();
      for (int k = 0; k < ids.length; k++) {
        PatternAutomaton a = automata[ids[k]];
        long[] set = sets[k];
        for (int w = 0; w < set.length; w++) {
          for (long bits = set[w]; bits != 0; bits &= bits - 1) {
            int position = (w << 6) + Long.numberOfTrailingZeros(bits);
            if (position < a.length()) {
              alphabet.route(a.token(position), position, k, moves);
            }
          }
        }
      }
      long[] sorted = moves.sorted();
      State[] next = new State[alphabet.size()];
      int m = 0;
      for (int i = 0; i < alphabet.size(); i++) {
        char c = alphabet.charAt(i);
        long[] nextDomain = domainAutomaton.step(domain, c);
        int end = m;
        while (end < sorted.length && (int) (sorted[end] >>> 42) == i) {
          end++;
        }
        if (nextDomain != null) {
          next[i] = successor(sorted, m, end, automata, nextDomain, text + c);
        }
        m = end;
      }
      return next;
    }

    private State successor(
        long[] moves,
        int from,
        int to,
        PatternAutomaton[] automata,
        long[] nextDomain,
        String text) {
      int[] nextIds = new int[to - from];
      long[][] nextSets = new long[to - from][];
      int live = -1;
      int previous = -1;
      for (int j = from; j < to; j++) {
        int k = (int) ((moves[j] >>> 21) & 0x1FFFFF);
        int target = (int) (moves[j] & 0x1FFFFF);
        if (k != previous) {
          live++;
          nextIds[live] = ids[k];
          nextSets[live] = automata[ids[k]].emptySet();
          previous = k;
        }
        PatternAutomaton.set(nextSets[live], target);
      }
      int count = live + 1;
      for (int j = 0; j < count; j++) {
        automata[nextIds[j]].closure(nextSets[j]);
      }
      return new State(
          Arrays.copyOf(nextIds, count), Arrays.copyOf(nextSets, count), nextDomain, text);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof State s
          && hash == s.hash
          && Arrays.equals(ids, s.ids)
          && Arrays.equals(domain, s.domain)
          && Arrays.deepEquals(sets, s.sets);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The exploration alphabet, indexed, and the routing of tokens to the characters they accept. */
  private static final class Alphabet {
    private final char[] chars;
    private final Map<Character, Integer> index = new HashMap<>();

    Alphabet(char[] chars) {
      this.chars = chars;
      for (int i = 0; i < chars.length; i++) {
        index.put(chars[i], i);
      }
    }

    int size() {
      return chars.length;
    }

    char charAt(int i) {
      return chars[i];
    }

    /**
     * Records the move of live pattern {@code k} past {@code token} on every accepted character.
     */
    void route(StringPattern.Token token, int position, int k, Moves moves) {
      int target = token.repeats() ? position : position + 1;
      if (token instanceof StringPattern.Literal l) {
        add(index.get(l.c()), k, target, moves);
      } else if (token instanceof StringPattern.EitherCase e) {
        add(index.get(Character.toLowerCase(e.c())), k, target, moves);
        if (Character.toUpperCase(e.c()) != Character.toLowerCase(e.c())) {
          add(index.get(Character.toUpperCase(e.c())), k, target, moves);
        }
      } else {
        for (int i = 0; i < chars.length; i++) {
          if (token.accepts(chars[i])) {
            moves.add((long) i << 42 | (long) k << 21 | target);
          }
        }
      }
    }

    private static void add(Integer i, int k, int target, Moves moves) {
      if (i != null) {
        moves.add((long) i << 42 | (long) k << 21 | target);
      }
    }
  }

  /** A growable array of packed moves. */
  private static final class Moves {
    private long[] moves = new long[64];
    private int size;

    void add(long move) {
      if (size == moves.length) {
        moves = Arrays.copyOf(moves, size * 2);
      }
      moves[size++] = move;
    }

    long[] sorted() {
      long[] result = Arrays.copyOf(moves, size);
      Arrays.sort(result);
      return result;
    }
  }
}
