package dev.oaa.jobs.findings;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An archive rule: ACTIVE findings that match its filter are archived (AWS's {@code
 * CreateArchiveRule}). The filter maps finding fields to {@link Criterion criteria}; a finding
 * matches when every criterion holds, and a finding is archived when any rule matches.
 *
 * <p>Filter keys, with AWS's names: {@code resourceType}, {@code resource}, {@code
 * resourceOwnerAccount}, {@code isPublic} ({@code eq}/{@code neq} with {@code "true"} or {@code
 * "false"}, or {@code exists}), {@code action} (IAM actions, compared without case), {@code
 * principal.AWS}, {@code principal.Federated}, {@code principal.Service}, {@code
 * principal.CanonicalUser}, and {@code condition.<key>} such as {@code condition.aws:SourceVpce}
 * (the key is compared without case, as IAM does; its values with case).
 */
public record ArchiveRule(String name, Map<String, Criterion> filter) {

  /** The filter keys that take no suffix. */
  public static final Set<String> PLAIN_KEYS =
      Set.of(
          "resourceType",
          "resource",
          "resourceOwnerAccount",
          "isPublic",
          "action",
          "principal.AWS",
          "principal.Federated",
          "principal.Service",
          "principal.CanonicalUser");

  /** The prefix of condition keys: {@code condition.aws:SourceVpce}. */
  public static final String CONDITION_PREFIX = "condition.";

  /** Every valid key, sorted, for messages. */
  public static final String VALID_KEYS =
      Stream.concat(PLAIN_KEYS.stream(), Stream.of(CONDITION_PREFIX + "<key>"))
          .sorted()
          .collect(Collectors.joining(", "));

  // AWS's ruleName pattern.
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,254}");

  /** Validates the name and every key and criterion; keeps the filter sorted by key. */
  public ArchiveRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(filter, "filter");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "invalid rule name `"
              + name
              + "`: letters, digits, `_`, `.` and `-`, starting with a letter, at most 255"
              + " characters");
    }
    if (filter.isEmpty()) {
      throw new IllegalArgumentException("the filter is empty; a rule needs at least one key");
    }
    filter.forEach(ArchiveRule::check);
    filter = Collections.unmodifiableMap(new TreeMap<>(filter));
  }

  /** Whether {@code key} is a valid filter key. */
  public static boolean isValidKey(String key) {
    return PLAIN_KEYS.contains(key)
        || (key.startsWith(CONDITION_PREFIX) && key.length() > CONDITION_PREFIX.length());
  }

  private static void check(String key, Criterion criterion) {
    Objects.requireNonNull(criterion, "criterion");
    if (!isValidKey(key)) {
      throw new IllegalArgumentException(
          "unknown filter key `" + key + "` (valid keys: " + VALID_KEYS + ")");
    }
    if (key.equals("isPublic")) {
      boolean booleans =
          criterion.contains().isEmpty()
              && Stream.concat(criterion.eq().stream(), criterion.neq().stream())
                  .allMatch(v -> v.equals("true") || v.equals("false"));
      if (!booleans) {
        throw new IllegalArgumentException(
            "key `isPublic` takes `eq` or `neq` with `true` or `false`, or `exists`");
      }
    }
  }
}
