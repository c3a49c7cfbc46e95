package dev.oaa.reasoning.smt;

import static dev.oaa.reasoning.smt.Terms.not;
import static dev.oaa.reasoning.smt.Terms.or;

import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.BinaryCondition;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Comparison;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.ConditionKey;
import dev.oaa.reasoning.policy.ConditionVisitor;
import dev.oaa.reasoning.policy.DateCondition;
import dev.oaa.reasoning.policy.IpAddressCondition;
import dev.oaa.reasoning.policy.NullCondition;
import dev.oaa.reasoning.policy.NumericCondition;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Quantifier;
import dev.oaa.reasoning.policy.StringCondition;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Compiles one condition into a term, following IAM's rules for missing keys: a positive operator
 * is false and a negated one ({@code Not...}) true when the key is absent; {@code IfExists} makes
 * any operator true when the key is absent; {@code ForAllValues} is true and {@code ForAnyValue}
 * false when the key is absent.
 */
final class ConditionCompiler implements ConditionVisitor<Term> {
  private final PolicyVersion version;

  private ConditionCompiler(PolicyVersion version) {
    this.version = version;
  }

  static Term compile(Condition condition, PolicyVersion version) {
    Term base = condition.accept(new ConditionCompiler(version));
    if (condition.ifExists()) {
      return or(not(Terms.present(Dimensions.presence(condition.key()))), base);
    }
    return base;
  }

  @Override
  public Term visitString(StringCondition c) {
    Function<String, StringPattern> pattern =
        switch (c.match()) {
          case EQUALS, NOT_EQUALS -> StringPattern::literal;
          case EQUALS_IGNORE_CASE, NOT_EQUALS_IGNORE_CASE -> StringPattern::literalInAnyCase;
          case LIKE, NOT_LIKE -> StringPattern::glob;
        };
    return strings(c, c.values(), pattern, c.match().isNegated());
  }

  @Override
  public Term visitArn(ArnCondition c) {
    return strings(c, c.values(), StringPattern::arnGlob, c.match().isNegated());
  }

  @Override
  public Term visitBinary(BinaryCondition c) {
    return strings(c, c.values(), StringPattern::literal, false);
  }

  /** A string-family condition over the key's string dimension. */
  private Term strings(
      Condition c, List<String> values, Function<String, StringPattern> pattern, boolean negated) {
    ConditionKey key = c.key();
    if (version.substitutesVariables() && values.stream().anyMatch(v -> v.contains("${"))) {
      return new Term.Opaque(new OpaqueFact.ConditionFact(c));
    }
    String dimension = Dimensions.string(key);
    List<StringPattern> patterns =
        values.stream().map(v -> keyPattern(key, pattern.apply(v))).toList();
    boolean quantified = c.quantifier() != Quantifier.SINGLE;
    return switch (c.quantifier()) {
      case SINGLE -> {
        Term any = new Term.Matches(dimension, Term.Mode.ANY, patterns, false, false);
        yield negated ? not(any) : any;
      }
      case FOR_ANY_VALUE ->
          new Term.Matches(dimension, Term.Mode.ANY, patterns, negated, quantified);
      case FOR_ALL_VALUES ->
          new Term.Matches(dimension, Term.Mode.ALL, patterns, negated, quantified);
    };
  }

  /** aws:PrincipalAccount values are read off the principal's ARN. */
  private static StringPattern keyPattern(ConditionKey key, StringPattern valuePattern) {
    return key.canonical().equals("aws:principalaccount")
        ? PrincipalPatterns.inAccount(valuePattern)
        : valuePattern;
  }

  @Override
  public Term visitNumeric(NumericCondition c) {
    return comparisons(c, Dimensions.number(c.key()), c.match(), c.values(), v -> v);
  }

  @Override
  public Term visitDate(DateCondition c) {
    return comparisons(
        c, Dimensions.date(c.key()), c.match(), c.values(), ConditionCompiler::seconds);
  }

  private static <T> Term comparisons(
      Condition c,
      String dimension,
      Comparison match,
      List<T> values,
      Function<T, BigDecimal> num) {
    Term base;
    if (match.isNegated()) {
      base =
          not(
              or(
                  values.stream()
                      .map(v -> (Term) new Term.Compare(dimension, Comparison.EQUALS, num.apply(v)))
                      .toList()));
    } else {
      base =
          or(
              values.stream()
                  .map(v -> (Term) new Term.Compare(dimension, match, num.apply(v)))
                  .toList());
    }
    return forAllValuesHoldsWhenAbsent(c, base);
  }

  @Override
  public Term visitBool(BoolCondition c) {
    String dimension = Dimensions.bool(c.key());
    Term base = or(c.values().stream().map(v -> (Term) new Term.BoolIs(dimension, v)).toList());
    return forAllValuesHoldsWhenAbsent(c, base);
  }

  @Override
  public Term visitIpAddress(IpAddressCondition c) {
    String dimension = Dimensions.ip(c.key());
    Term in = or(c.values().stream().map(r -> (Term) new Term.IpIn(dimension, r)).toList());
    return forAllValuesHoldsWhenAbsent(c, c.match().isNegated() ? not(in) : in);
  }

  @Override
  public Term visitNull(NullCondition c) {
    Term present = Terms.present(Dimensions.presence(c.key()));
    return or(c.values().stream().map(absent -> absent ? not(present) : present).toList());
  }

  /** Single-valued families under ForAllValues: vacuously true when the key is absent. */
  private static Term forAllValuesHoldsWhenAbsent(Condition c, Term base) {
    return c.quantifier() == Quantifier.FOR_ALL_VALUES
        ? or(not(Terms.present(Dimensions.presence(c.key()))), base)
        : base;
  }

  /** Epoch seconds, with the fraction, of an instant. */
  static BigDecimal seconds(Instant instant) {
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9));
  }
}
