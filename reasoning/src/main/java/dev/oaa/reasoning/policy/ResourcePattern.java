package dev.oaa.reasoning.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An entry of a Resource or NotResource element: {@code "*"} or an ARN, possibly with the wildcards
 * {@code *} and {@code ?} and policy variables such as {@code ${aws:username}}. ARNs are
 * case-sensitive.
 *
 * @param text the pattern as written in the policy
 */
public record ResourcePattern(String text) {
  public ResourcePattern {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Invalid resource ``: expected `*` or an ARN");
    }
  }

  /** One pattern. */
  public static ResourcePattern of(String text) {
    return new ResourcePattern(text);
  }

  /** Several patterns. */
  public static List<ResourcePattern> listOf(String... texts) {
    return Arrays.stream(texts).map(ResourcePattern::new).toList();
  }

  /** Whether this is the bare {@code "*"}. */
  public boolean isWildcard() {
    return text.equals("*");
  }

  /** Whether the pattern mentions a policy variable. */
  public boolean hasVariable() {
    return text.contains("${");
  }
}
