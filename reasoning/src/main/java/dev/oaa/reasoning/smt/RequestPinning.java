package dev.oaa.reasoning.smt;

import static dev.oaa.reasoning.smt.Terms.and;
import static dev.oaa.reasoning.smt.Terms.not;

import dev.oaa.reasoning.policy.ConditionKey;
import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.policy.json.ConditionValues;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The term that holds for exactly one concrete request: its kind, principal, action, resource and
 * context values, and the absence of every other key in {@code mentionedKeys}. Conjoined with a
 * policy's {@code allows} term, it asks the SMT engine the evaluator's question, which is how the
 * two engines are compared request by request.
 */
public final class RequestPinning {
  private RequestPinning() {}

  /**
   * The term for {@code request}.
   *
   * @param mentionedKeys the lower-case condition keys the policies use; those the request does not
   *     set are pinned absent
   */
  public static Term pin(ConcreteRequest request, Set<String> mentionedKeys) {
    List<Term> parts = new ArrayList<>();
    parts.add(new Term.KindIs(request.kind()));
    parts.add(literal(Dimensions.ACTION, request.action().toLowerCase(Locale.ROOT)));
    parts.add(literal(Dimensions.RESOURCE, request.resource()));
    switch (request.kind()) {
      case ACCOUNT_ROOT, IAM_USER -> parts.add(literal(Dimensions.PRINCIPAL, request.principal()));
      case ROLE_SESSION -> {
        parts.add(literal(Dimensions.PRINCIPAL, request.roleArn()));
        String session = request.principal().substring(request.principal().lastIndexOf('/') + 1);
        parts.add(literal(Dimensions.SESSION, session));
      }
      case SERVICE -> parts.add(literal(Dimensions.SERVICE, request.principal()));
      case FEDERATED -> parts.add(literal(Dimensions.FEDERATED, request.principal()));
      case ANONYMOUS -> {
        // nothing identifies an anonymous caller
      }
    }
    for (String key : mentionedKeys) {
      if (!request.context().containsKey(key) && !derived(key)) {
        parts.add(not(Terms.present("k:" + key)));
      }
    }
    for (Map.Entry<String, List<String>> e : request.context().entrySet()) {
      parts.add(values(ConditionKey.of(e.getKey()), e.getValue()));
    }
    return and(parts);
  }

  private static boolean derived(String key) {
    return key.equals("aws:principalarn")
        || key.equals("aws:principalaccount")
        || key.equals("aws:principalservicename")
        || DerivedKeys.presentFor(key) != null;
  }

  /** The key holds exactly these values, in every family they can be read as. */
  private static Term values(ConditionKey key, List<String> values) {
    List<Term> parts = new ArrayList<>();
    String dimension = Dimensions.string(key);
    List<StringPattern> literals = values.stream().map(StringPattern::literal).toList();
    for (StringPattern v : literals) {
      parts.add(new Term.Matches(dimension, Term.Mode.ANY, List.of(v), false, false));
    }
    parts.add(new Term.Matches(dimension, Term.Mode.ALL, literals, false, false));
    if (values.size() == 1) {
      String v = values.get(0);
      number(v)
          .ifPresent(
              n ->
                  parts.add(
                      new Term.Compare(
                          Dimensions.number(key), dev.oaa.reasoning.policy.Comparison.EQUALS, n)));
      date(v)
          .ifPresent(
              d ->
                  parts.add(
                      new Term.Compare(
                          Dimensions.date(key), dev.oaa.reasoning.policy.Comparison.EQUALS, d)));
      bool(v).ifPresent(b -> parts.add(new Term.BoolIs(Dimensions.bool(key), b)));
      ip(v).ifPresent(r -> parts.add(new Term.IpIn(Dimensions.ip(key), r)));
    }
    return and(parts);
  }

  private static java.util.Optional<BigDecimal> number(String v) {
    try {
      return java.util.Optional.of(new BigDecimal(v.strip()));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<BigDecimal> date(String v) {
    try {
      return java.util.Optional.of(ConditionCompiler.seconds(ConditionValues.date(v)));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<Boolean> bool(String v) {
    try {
      return java.util.Optional.of(ConditionValues.bool(v));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static java.util.Optional<IpRange> ip(String v) {
    try {
      IpRange r = IpRange.parse(v);
      return r.prefixLength() == r.bits() ? java.util.Optional.of(r) : java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static Term literal(String dimension, String value) {
    return new Term.Matches(
        dimension, Term.Mode.ANY, List.of(StringPattern.literal(value)), false, false);
  }
}
