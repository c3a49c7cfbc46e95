package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.internal.Glob;
import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.StringCondition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a witness the context values that make each opaque fact (a match involving a policy
 * variable) take the truth value the solver chose: variables get values, and the keys or resource
 * compared with them get values that match, or do not. The evaluator then replays the repaired
 * witness; when it still disagrees, the check answers UNKNOWN.
 */
public final class WitnessRepair {
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{([^},']+?)\\s*(?:,\\s*'([^']*)')?\\}");

  private WitnessRepair() {}

  /** The witness with context values (and resource) chosen for {@code facts}. */
  public static ConcreteRequest repair(
      ConcreteRequest witness, Map<String, OpaqueFact> facts, Map<String, Boolean> truth) {
    Map<String, List<String>> context = new LinkedHashMap<>(witness.context());
    String resource = witness.resource();
    for (Map.Entry<String, OpaqueFact> e : facts.entrySet()) {
      boolean holds = truth.getOrDefault(e.getKey(), false);
      if (e.getValue() instanceof OpaqueFact.ConditionFact c) {
        condition(c.condition(), holds, witness, context);
      } else if (e.getValue() instanceof OpaqueFact.ResourceFact r && holds) {
        resource = fill(substitute(r.pattern(), witness, context));
      }
    }
    return new ConcreteRequest(
        witness.kind(),
        witness.principal(),
        witness.roleArn(),
        witness.action(),
        resource,
        context);
  }

  private static void condition(
      Condition c, boolean holds, ConcreteRequest witness, Map<String, List<String>> context) {
    if (!(c instanceof StringCondition) && !(c instanceof ArnCondition)) {
      return;
    }
    String key = c.key().canonical();
    String wanted = fill(substitute(c.valueTexts().get(0), witness, context));
    boolean matchesWhenEqual = !c.isNegated();
    List<String> current = context.get(key);
    boolean matchesNow =
        current != null
            && c.valueTexts().stream()
                .map(v -> substitute(v, witness, context))
                .anyMatch(p -> current.stream().anyMatch(v -> Glob.matches(p, v)));
    boolean wantMatch = holds == matchesWhenEqual;
    if (wantMatch && !matchesNow) {
      context.put(key, List.of(wanted));
    } else if (!wantMatch && matchesNow) {
      context.put(key, List.of(wanted + "-other"));
    }
  }

  /** The template with each variable replaced by its value, chosen and recorded when needed. */
  static String substitute(
      String template, ConcreteRequest witness, Map<String, List<String>> context) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String variable = m.group(1).strip();
      String value =
          switch (variable) {
            case "*" -> "*";
            case "?" -> "?";
            case "$" -> "$";
            default -> valueOf(variable.toLowerCase(Locale.ROOT), m.group(2), witness, context);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String valueOf(
      String key, String fallback, ConcreteRequest witness, Map<String, List<String>> context) {
    List<String> existing = context.get(key);
    if (existing != null && existing.size() == 1) {
      return existing.get(0);
    }
    String value =
        switch (key) {
          case "aws:principalaccount" -> witness.account();
          case "aws:principalarn" ->
              witness.roleArn().isEmpty() ? witness.principal() : witness.roleArn();
          case "aws:username" ->
              witness.principal().substring(witness.principal().lastIndexOf('/') + 1);
          default -> fallback != null ? fallback : "oaa-" + key.replaceAll("[^a-z0-9]+", "-");
        };
    context.put(key, List.of(value));
    return value;
  }

  /** A string that the glob matches: wildcards filled with the shortest choices. */
  private static String fill(String glob) {
    return glob.replace("*", "").replace('?', 'x');
  }
}
