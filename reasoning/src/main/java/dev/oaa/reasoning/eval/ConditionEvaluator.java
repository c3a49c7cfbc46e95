package dev.oaa.reasoning.eval;

import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.BinaryCondition;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Comparison;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.ConditionVisitor;
import dev.oaa.reasoning.policy.DateCondition;
import dev.oaa.reasoning.policy.IpAddressCondition;
import dev.oaa.reasoning.policy.NullCondition;
import dev.oaa.reasoning.policy.NumericCondition;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.StringCondition;
import dev.oaa.reasoning.policy.StringMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Evaluates one condition against a request context (IAM User Guide, "IAM JSON policy elements:
 * Condition operators" and "Set operators for multivalued context keys").
 *
 * <p>Each operator is read as a test of one request value, "it matches some policy value"; the
 * {@code Not} operators ask that it match none. Then:
 *
 * <ul>
 *   <li>the key is absent: {@code ...IfExists} is true; {@code ForAllValues} is true; {@code
 *       ForAnyValue} is false; otherwise a {@code Not} operator is true and any other is false;
 *   <li>no qualifier: some request value passes, or for a {@code Not} operator every value does;
 *   <li>{@code ForAnyValue}: some request value passes; {@code ForAllValues}: every one does.
 * </ul>
 *
 * A present value that does not parse as the operator's type (a number, date, boolean or IP
 * address) makes the condition false.
 */
final class ConditionEvaluator implements ConditionVisitor<Truth> {
  private final RequestContext context;
  private final PolicyVersion version;

  private ConditionEvaluator(RequestContext context, PolicyVersion version) {
    this.context = context;
    this.version = version;
  }

  /** Whether {@code condition} holds in {@code context}, for a policy of {@code version}. */
  static Truth evaluate(Condition condition, RequestContext context, PolicyVersion version) {
    return condition.accept(new ConditionEvaluator(context, version));
  }

  @Override
  public Truth visitString(StringCondition c) {
    boolean ignoreCase =
        c.match() == StringMatch.EQUALS_IGNORE_CASE
            || c.match() == StringMatch.NOT_EQUALS_IGNORE_CASE;
    boolean like = c.match() == StringMatch.LIKE || c.match() == StringMatch.NOT_LIKE;
    return withTemplates(
        c, c.values(), t -> v -> like ? t.globMatches(v, false) : t.equalsValue(v, ignoreCase));
  }

  @Override
  public Truth visitArn(ArnCondition c) {
    return withTemplates(c, c.values(), t -> v -> ArnPatterns.matches(t, v));
  }

  @Override
  public Truth visitNumeric(NumericCondition c) {
    Comparison positive = positive(c.match());
    return typed(
        c,
        ConditionValues::number,
        n -> c.values().stream().anyMatch(p -> positive.holds(n.compareTo(p))));
  }

  @Override
  public Truth visitDate(DateCondition c) {
    Comparison positive = positive(c.match());
    return typed(
        c,
        ConditionValues::date,
        d -> c.values().stream().anyMatch(p -> positive.holds(d.compareTo(p))));
  }

  @Override
  public Truth visitBool(BoolCondition c) {
    return typed(c, ConditionValues::bool, b -> c.values().contains(b));
  }

  @Override
  public Truth visitBinary(BinaryCondition c) {
    return typed(c, Optional::of, v -> c.values().contains(v));
  }

  @Override
  public Truth visitIpAddress(IpAddressCondition c) {
    return typed(c, ConditionValues::ip, ip -> c.values().stream().anyMatch(r -> r.contains(ip)));
  }

  @Override
  public Truth visitNull(NullCondition c) {
    boolean absent = context.values(c.key().name()).isEmpty();
    return Truth.of(c.values().contains(absent));
  }

  private static Comparison positive(Comparison match) {
    return match == Comparison.NOT_EQUALS ? Comparison.EQUALS : match;
  }

  /** Resolves the policy values' variables once, then tests request values against them. */
  private Truth withTemplates(
      Condition c, List<String> raw, Function<Template, Predicate<String>> matcherOf) {
    Optional<List<String>> requestValues = context.values(c.key().name());
    if (requestValues.isEmpty()) {
      return Truth.of(whenAbsent(c));
    }
    List<Predicate<String>> matchers = new ArrayList<>();
    for (String value : raw) {
      Optional<Template> template = PolicyVariables.resolve(value, version, context);
      if (template.isEmpty()) {
        return Truth.INVALID;
      }
      matchers.add(matcherOf.apply(template.get()));
    }
    return Truth.of(
        quantify(c, requestValues.get(), v -> matchers.stream().anyMatch(m -> m.test(v))));
  }

  /** Parses every request value as the operator's type, then tests the parsed values. */
  private <T> Truth typed(
      Condition c, Function<String, Optional<T>> parser, Predicate<T> matchesSomePolicyValue) {
    Optional<List<String>> requestValues = context.values(c.key().name());
    if (requestValues.isEmpty()) {
      return Truth.of(whenAbsent(c));
    }
    List<T> parsed = new ArrayList<>();
    for (String value : requestValues.get()) {
      Optional<T> typedValue = parser.apply(value);
      if (typedValue.isEmpty()) {
        return Truth.FALSE;
      }
      parsed.add(typedValue.get());
    }
    return Truth.of(quantify(c, parsed, matchesSomePolicyValue));
  }

  private static boolean whenAbsent(Condition c) {
    if (c.ifExists()) {
      return true;
    }
    return switch (c.quantifier()) {
      case FOR_ALL_VALUES -> true;
      case FOR_ANY_VALUE -> false;
      case SINGLE -> c.isNegated();
    };
  }

  private static <T> boolean quantify(
      Condition c, List<T> requestValues, Predicate<T> matchesSomePolicyValue) {
    Predicate<T> passes = c.isNegated() ? matchesSomePolicyValue.negate() : matchesSomePolicyValue;
    return switch (c.quantifier()) {
      case FOR_ANY_VALUE -> requestValues.stream().anyMatch(passes);
      case FOR_ALL_VALUES -> requestValues.stream().allMatch(passes);
      case SINGLE ->
          c.isNegated()
              ? requestValues.stream().allMatch(passes)
              : requestValues.stream().anyMatch(passes);
    };
  }
}
