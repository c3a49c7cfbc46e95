package dev.oaa.reasoning.policy.json;

import dev.oaa.reasoning.policy.ArnMatch;
import dev.oaa.reasoning.policy.Comparison;
import dev.oaa.reasoning.policy.IpMatch;
import dev.oaa.reasoning.policy.Quantifier;
import dev.oaa.reasoning.policy.StringMatch;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed condition operator name: {@code [ForAnyValue:|ForAllValues:]<Family><Match>[IfExists]}.
 * Names are matched without regard to case. Exactly one of the match fields is set, by family.
 */
record Operator(
    Family family,
    StringMatch stringMatch,
    Comparison comparison,
    ArnMatch arnMatch,
    IpMatch ipMatch,
    Quantifier quantifier,
    boolean ifExists) {

  enum Family {
    STRING,
    NUMERIC,
    DATE,
    BOOL,
    BINARY,
    IP,
    ARN,
    NULL
  }

  private static final Map<String, Operator> BASES = bases();

  /** The operator, or null when the name is not an IAM condition operator. */
  static Operator parse(String name) {
    String rest = ConditionParser.lower(name);
    Quantifier quantifier = Quantifier.SINGLE;
    for (Quantifier q : Quantifier.values()) {
      String prefix = ConditionParser.lower(q.prefix());
      if (q != Quantifier.SINGLE && rest.startsWith(prefix)) {
        quantifier = q;
        rest = rest.substring(prefix.length());
      }
    }
    boolean ifExists = rest.endsWith("ifexists");
    if (ifExists) {
      rest = rest.substring(0, rest.length() - "ifexists".length());
    }
    Operator base = BASES.get(rest);
    if (base == null
        || (base.family == Family.NULL && (ifExists || quantifier != Quantifier.SINGLE))) {
      return null;
    }
    return new Operator(
        base.family,
        base.stringMatch,
        base.comparison,
        base.arnMatch,
        base.ipMatch,
        quantifier,
        ifExists);
  }

  private static Map<String, Operator> bases() {
    Map<String, Operator> bases = new HashMap<>();
    for (StringMatch m : StringMatch.values()) {
      bases.put(ConditionParser.lower(m.operator()), of(Family.STRING, m, null, null, null));
    }
    for (Comparison c : Comparison.values()) {
      bases.put(
          ConditionParser.lower("Numeric" + c.suffix()), of(Family.NUMERIC, null, c, null, null));
      bases.put(ConditionParser.lower("Date" + c.suffix()), of(Family.DATE, null, c, null, null));
    }
    for (ArnMatch m : ArnMatch.values()) {
      bases.put(ConditionParser.lower(m.operator()), of(Family.ARN, null, null, m, null));
    }
    for (IpMatch m : IpMatch.values()) {
      bases.put(ConditionParser.lower(m.operator()), of(Family.IP, null, null, null, m));
    }
    bases.put("bool", of(Family.BOOL, null, null, null, null));
    bases.put("binaryequals", of(Family.BINARY, null, null, null, null));
    bases.put("null", of(Family.NULL, null, null, null, null));
    return Map.copyOf(bases);
  }

  private static Operator of(Family family, StringMatch s, Comparison c, ArnMatch a, IpMatch i) {
    return new Operator(family, s, c, a, i, Quantifier.SINGLE, false);
  }
}
