package dev.oaa.reasoning.smt.partition;

import java.util.Arrays;

/**
 * The nondeterministic automaton of one {@link StringPattern}, simulated on position sets: position
 * {@code i} means "tokens before i are matched". A repeating token can be skipped (epsilon) or
 * consume and stay. States are bit sets in {@code long[]} form; {@code null} is the dead state.
 */
final class PatternAutomaton {
  private final StringPattern.Token[] tokens;
  private final int words;

  /** Position {@code p} is universal when every token from {@code p} on is {@code Many(ANY)}. */
  private final boolean[] universalFrom;

  PatternAutomaton(StringPattern pattern) {
    this.tokens = pattern.tokens().toArray(new StringPattern.Token[0]);
    this.words = (tokens.length + 1 + 63) / 64;
    this.universalFrom = new boolean[tokens.length + 1];
    universalFrom[tokens.length] = false;
    boolean tail = true;
    for (int i = tokens.length - 1; i >= 0; i--) {
      tail &=
          tokens[i] instanceof StringPattern.Many m && m.charClass() == StringPattern.CharClass.ANY;
      universalFrom[i] = tail;
    }
  }

  /** Whether the state accepts every continuation (it holds a position followed only by `*`). */
  boolean isUniversal(long[] state) {
    for (int i = 0; i < tokens.length; i++) {
      if (universalFrom[i] && get(state, i)) {
        return true;
      }
    }
    return false;
  }

  long[] start() {
    long[] state = new long[words];
    set(state, 0);
    return closure(state);
  }

  /** The state after reading {@code c}, or null when no position survives. */
  long[] step(long[] state, char c) {
    long[] next = new long[words];
    boolean any = false;
    for (int i = 0; i < tokens.length; i++) {
      if (get(state, i) && tokens[i].accepts(c)) {
        set(next, tokens[i].repeats() ? i : i + 1);
        any = true;
      }
    }
    return any ? closure(next) : null;
  }

  boolean accepts(long[] state) {
    return get(state, tokens.length);
  }

  /** The number of tokens; position {@code length()} accepts. */
  int length() {
    return tokens.length;
  }

  /** The token at a position below {@link #length()}. */
  StringPattern.Token token(int position) {
    return tokens[position];
  }

  /** A fresh, empty position set. */
  long[] emptySet() {
    return new long[words];
  }

  /** Adds the positions reachable by skipping repeating tokens. */
  long[] closure(long[] state) {
    for (int i = 0; i < tokens.length; i++) {
      if (get(state, i) && tokens[i].repeats()) {
        set(state, i + 1);
      }
    }
    return state;
  }

  /** Whether two states are the same set. */
  static boolean same(long[] a, long[] b) {
    return Arrays.equals(a, b);
  }

  private static boolean get(long[] state, int i) {
    return (state[i >>> 6] & (1L << (i & 63))) != 0;
  }

  static void set(long[] state, int i) {
    state[i >>> 6] |= 1L << (i & 63);
  }
}
