package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The conditions of a statement that restrict who can use it (Access Analyzer's "condition" of a
 * finding): keys whose value the caller cannot choose, with the policy's values. Keys the caller
 * controls (aws:SecureTransport, aws:UserAgent, tags it sends) are left out: they do not make
 * access internal.
 */
final class Restrictions {
  /** Besides {@link Outsiders#RESTRICTING_KEYS}: keys that name the caller or its network. */
  private static final Set<String> CALLER_KEYS =
      Set.of(
          "aws:principalarn",
          "aws:principalaccount",
          "aws:principalservicename",
          "aws:sourceip",
          "aws:principaltype",
          "aws:principalisawsservice",
          "sts:externalid");

  private Restrictions() {}

  static Map<String, List<String>> of(Statement statement) {
    Map<String, List<String>> condition = new TreeMap<>();
    for (Condition c : statement.conditions()) {
      String key = c.key().canonical();
      if (CALLER_KEYS.contains(key) || Outsiders.restricts(key)) {
        condition.computeIfAbsent(c.key().name(), k -> new ArrayList<>()).addAll(c.valueTexts());
      }
    }
    condition.replaceAll((k, v) -> v.stream().distinct().sorted().toList());
    return condition;
  }
}
