package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.internal.Glob;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A policy value after its policy variables were substituted: the text, and which of its characters
 * are literal (they came from a variable's value or from the escapes {@code ${*}} {@code ${?}}
 * {@code ${$}}) so that a {@code *} or {@code ?} among them is not a wildcard.
 *
 * @param text the substituted text
 * @param literal the positions of {@code text} that are never wildcards
 */
record Template(String text, BitSet literal) {
  Template {
    Objects.requireNonNull(text, "text");
    literal = (BitSet) literal.clone();
  }

  /** Text without variables: every {@code *} and {@code ?} is a wildcard. */
  static Template plain(String text) {
    return new Template(text, new BitSet());
  }

  /** Whether {@code value} equals the text, ignoring case when asked (no wildcards). */
  boolean equalsValue(String value, boolean ignoreCase) {
    return ignoreCase ? text.equalsIgnoreCase(value) : text.equals(value);
  }

  /** Whether {@code value} matches the text with {@code *} and {@code ?} as wildcards. */
  boolean globMatches(String value, boolean ignoreCase) {
    if (literal.isEmpty()) {
      return ignoreCase ? Glob.matchesIgnoreCase(text, value) : Glob.matches(text, value);
    }
    return matchWithLiterals(value, ignoreCase);
  }

  /** The text split at its colons into at most {@code limit} fields, as {@code String.split}. */
  List<Template> split(char separator, int limit) {
    List<Template> fields = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() && fields.size() < limit - 1; i++) {
      if (text.charAt(i) == separator) {
        fields.add(slice(start, i));
        start = i + 1;
      }
    }
    fields.add(slice(start, text.length()));
    return fields;
  }

  private Template slice(int from, int to) {
    return new Template(text.substring(from, to), literal.get(from, to));
  }

  private boolean isWildcard(int p, char wildcard) {
    return text.charAt(p) == wildcard && !literal.get(p);
  }

  // The two-pointer algorithm of Glob, with literal positions that never act as wildcards.
  private boolean matchWithLiterals(String value, boolean ignoreCase) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = -1;
    while (t < value.length()) {
      if (p < text.length()
          && (isWildcard(p, '?') || same(text.charAt(p), value.charAt(t), ignoreCase))
          && !isWildcard(p, '*')) {
        p++;
        t++;
      } else if (p < text.length() && isWildcard(p, '*')) {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < text.length() && isWildcard(p, '*')) {
      p++;
    }
    return p == text.length();
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b
        || (ignoreCase
            && (Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b)));
  }
}
