package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.PolicyVersion;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Substitutes policy variables (IAM User Guide, "IAM policy elements: Variables and tags"): {@code
 * ${key}} becomes the request's single value of {@code key}; {@code ${key, 'default'}} falls back
 * to {@code default} ({@code ''} inside it is one quote); {@code ${*}}, {@code ${?}} and {@code
 * ${$}} are the literal characters. Only policies of Version 2012-10-17 have variables; in others
 * the text is literal. A variable whose key is absent or has several values, without a default, or
 * a malformed {@code ${...}}, cannot be resolved, and AWS then treats the whole statement as not
 * matching.
 */
final class PolicyVariables {
  private PolicyVariables() {}

  /** The substituted value, or empty when some variable in it cannot be resolved. */
  static Optional<Template> resolve(String raw, PolicyVersion version, RequestContext context) {
    if (!version.substitutesVariables() || !raw.contains("${")) {
      return Optional.of(Template.plain(raw));
    }
    StringBuilder text = new StringBuilder();
    BitSet literal = new BitSet();
    int i = 0;
    while (i < raw.length()) {
      if (!raw.startsWith("${", i)) {
        text.append(raw.charAt(i++));
        continue;
      }
      Optional<Variable> variable = Variable.parse(raw, i + 2);
      Optional<String> value = variable.flatMap(v -> v.value(context));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      literal.set(text.length(), text.length() + value.get().length());
      text.append(value.get());
      i = variable.get().end();
    }
    return Optional.of(new Template(text.toString(), literal));
  }

  /** One {@code ${name[, 'default']}}; {@code end} is the index after its closing brace. */
  private record Variable(String name, Optional<String> fallback, int end) {

    /** Parses the variable whose name starts at {@code start}, or empty when malformed. */
    static Optional<Variable> parse(String raw, int start) {
      int i = start;
      while (i < raw.length() && raw.charAt(i) != '}' && raw.charAt(i) != ',') {
        i++;
      }
      if (i >= raw.length()) {
        return Optional.empty();
      }
      String name = raw.substring(start, i).strip();
      if (name.isEmpty()) {
        return Optional.empty();
      }
      if (raw.charAt(i) == '}') {
        return Optional.of(new Variable(name, Optional.empty(), i + 1));
      }
      return parseDefault(raw, i + 1).map(d -> new Variable(name, Optional.of(d.value), d.end));
    }

    private record Default(String value, int end) {}

    private static Optional<Default> parseDefault(String raw, int start) {
      int i = skipSpaces(raw, start);
      if (i >= raw.length() || raw.charAt(i) != '\'') {
        return Optional.empty();
      }
      StringBuilder value = new StringBuilder();
      for (i++; i < raw.length(); i++) {
        if (raw.charAt(i) != '\'') {
          value.append(raw.charAt(i));
        } else if (raw.startsWith("''", i)) {
          value.append('\'');
          i++;
        } else {
          int close = skipSpaces(raw, i + 1);
          return close < raw.length() && raw.charAt(close) == '}'
              ? Optional.of(new Default(value.toString(), close + 1))
              : Optional.empty();
        }
      }
      return Optional.empty();
    }

    private static int skipSpaces(String raw, int from) {
      int i = from;
      while (i < raw.length() && raw.charAt(i) == ' ') {
        i++;
      }
      return i;
    }

    Optional<String> value(RequestContext context) {
      if (name.equals("*") || name.equals("?") || name.equals("$")) {
        return Optional.of(name);
      }
      Optional<String> single =
          context.values(name).filter(v -> v.size() == 1).map((List<String> v) -> v.get(0));
      return single.isPresent() ? single : fallback;
    }
  }
}
