package dev.oaa.reasoning.internal;

/**
 * IAM wildcard matching: {@code *} matches any run of characters (including none), {@code ?}
 * exactly one character, everything else itself. No regular expressions, so no escaping bugs and no
 * recompilation per call. Linear in practice (the classic two-pointer backtracking algorithm).
 */
public final class Glob {
  private Glob() {}

  /** Whether {@code text} matches {@code pattern}, case-sensitively (ARNs, string values). */
  public static boolean matches(String pattern, String text) {
    return match(pattern, text, false);
  }

  /** Whether {@code text} matches {@code pattern}, ignoring case (actions, IgnoreCase values). */
  public static boolean matchesIgnoreCase(String pattern, String text) {
    return match(pattern, text, true);
  }

  /** Whether the pattern contains {@code *} or {@code ?}. */
  public static boolean hasWildcard(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  private static boolean match(String pattern, String text, boolean ignoreCase) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = -1;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || same(pattern.charAt(p), text.charAt(t), ignoreCase))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static boolean same(char a, char b, boolean ignoreCase) {
    return a == b
        || (ignoreCase
            && (Character.toLowerCase(a) == Character.toLowerCase(b)
                || Character.toUpperCase(a) == Character.toUpperCase(b)));
  }
}
