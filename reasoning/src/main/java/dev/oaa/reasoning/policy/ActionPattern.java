package dev.oaa.reasoning.policy;

import dev.oaa.reasoning.internal.Glob;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An entry of an Action or NotAction element: {@code "*"} or {@code "<service>:<name glob>"}.
 * Actions are case-insensitive, so matching ignores case and {@link #canonical()} is lower case.
 *
 * @param text the pattern as written in the policy
 */
public record ActionPattern(String text) {
  // IAM has accepted odd names such as `amplifybackend: *` (a managed policy version of 2021):
  // the part after the colon is matched literally, so they match no real action.
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9*?-]+:[^:]*");

  public ActionPattern {
    Objects.requireNonNull(text, "text");
    if (!text.equals("*") && !SHAPE.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "Invalid action `" + text + "`: expected `*` or `<service>:<action>`");
    }
  }

  /** Parses one pattern. */
  public static ActionPattern of(String text) {
    return new ActionPattern(text);
  }

  /** Parses several patterns. */
  public static List<ActionPattern> listOf(String... texts) {
    return Arrays.stream(texts).map(ActionPattern::new).toList();
  }

  /** The lower-case form, which has the same meaning. */
  public String canonical() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The service prefix in lower case ({@code *} for the bare {@code "*"}). */
  public String service() {
    int colon = text.indexOf(':');
    return colon < 0 ? "*" : text.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  /** Whether this pattern matches the concrete action {@code service:Name}, ignoring case. */
  public boolean matches(String action) {
    return Glob.matchesIgnoreCase(text, action);
  }

  /** Whether the pattern contains a wildcard. */
  public boolean hasWildcard() {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }
}
