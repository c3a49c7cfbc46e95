package dev.oaa.reasoning.policy.json;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.BinaryCondition;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.ConditionKey;
import dev.oaa.reasoning.policy.ConditionVisitor;
import dev.oaa.reasoning.policy.DateCondition;
import dev.oaa.reasoning.policy.IpAddressCondition;
import dev.oaa.reasoning.policy.NullCondition;
import dev.oaa.reasoning.policy.NumericCondition;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.policy.StringCondition;
import dev.oaa.reasoning.policy.StringMatch;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The canonical form of a policy and its meaning hash.
 *
 * <p>The canonical form removes differences that IAM ignores: the order and repetition of values,
 * conditions and statements; a single value versus a one-element array (the model already has no
 * such difference); the case of actions, condition key names and IgnoreCase values; an account id
 * versus its root ARN; a missing Version versus 2008-10-17; trailing zeros of numbers.
 *
 * <p>The {@linkplain #hash hash} also ignores {@code Id} and {@code Sid}, which do not change what
 * a policy allows, so identical policies with different labels are analyzed once.
 */
public final class CanonicalPolicy {
  private CanonicalPolicy() {}

  /** The canonical form of {@code doc}. It has the same meaning. */
  public static PolicyDocument canonicalize(PolicyDocument doc) {
    PolicyVersion version =
        doc.version() == PolicyVersion.ABSENT ? PolicyVersion.V2008_10_17 : doc.version();
    List<Statement> statements =
        doc.statements().stream()
            .map(CanonicalPolicy::statement)
            .distinct()
            .sorted(Comparator.comparing(CanonicalPolicy::sortKey))
            .toList();
    return new PolicyDocument(version, doc.id(), statements);
  }

  /**
   * A SHA-256 hex digest of the canonical form without Id and Sids: two policies have the same hash
   * when they differ only in representation.
   */
  public static String hash(PolicyDocument doc) {
    PolicyDocument canonical = canonicalize(doc);
    List<Statement> unlabeled =
        canonical.statements().stream()
            .map(
                s ->
                    new Statement(
                        "", s.effect(), s.principal(), s.action(), s.resource(), s.conditions()))
            .distinct()
            .sorted(Comparator.comparing(CanonicalPolicy::sortKey))
            .toList();
    String json = PolicyWriter.write(new PolicyDocument(canonical.version(), "", unlabeled));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  private static String sortKey(Statement s) {
    return PolicyWriter.write(new PolicyDocument(PolicyVersion.ABSENT, "", List.of(s)));
  }

  private static Statement statement(Statement s) {
    Map<String, Long> sameKey =
        s.conditions().stream()
            .collect(
                Collectors.groupingBy(
                    c -> c.operator() + " " + c.key().canonical(), Collectors.counting()));
    List<Condition> conditions =
        s.conditions().stream()
            // Lower-casing a key name must not put two conditions under one JSON key.
            .map(
                c ->
                    c.accept(
                        new CanonicalCondition(
                            sameKey.get(c.operator() + " " + c.key().canonical()) == 1)))
            .distinct()
            .sorted(Comparator.comparing(Condition::operator).thenComparing(c -> c.key().name()))
            .toList();
    return new Statement(
        s.sid(),
        s.effect(),
        principal(s.principal()),
        action(s.action()),
        resource(s.resource()),
        conditions);
  }

  private static PrincipalClause principal(PrincipalClause clause) {
    Function<List<Principal>, List<Principal>> norm =
        ps ->
            sortedDistinct(
                ps.stream()
                    .map(
                        p ->
                            p instanceof Principal.AwsPrincipal aws
                                ? Principal.aws(aws.canonicalArn())
                                : p)
                    .toList(),
                p -> p.type() + ":" + p.value());
    if (clause instanceof PrincipalClause.Principals p) {
      List<Principal> values = norm.apply(p.values());
      return new PrincipalClause.Principals(
          values.contains(Principal.any()) ? List.of(Principal.any()) : values);
    }
    if (clause instanceof PrincipalClause.NotPrincipals p) {
      return new PrincipalClause.NotPrincipals(norm.apply(p.values()));
    }
    return clause;
  }

  private static ActionClause action(ActionClause clause) {
    List<ActionPattern> patterns =
        sortedDistinct(
            clause.patterns().stream().map(a -> ActionPattern.of(a.canonical())).toList(),
            ActionPattern::text);
    return clause instanceof ActionClause.Actions
        ? new ActionClause.Actions(patterns)
        : new ActionClause.NotActions(patterns);
  }

  private static ResourceClause resource(ResourceClause clause) {
    List<ResourcePattern> patterns = sortedDistinct(clause.patterns(), ResourcePattern::text);
    if (clause instanceof ResourceClause.Resources) {
      return new ResourceClause.Resources(patterns);
    }
    if (clause instanceof ResourceClause.NotResources) {
      return new ResourceClause.NotResources(patterns);
    }
    return clause;
  }

  private static <T> List<T> sortedDistinct(List<T> values, Function<T, String> key) {
    return values.stream().distinct().sorted(Comparator.comparing(key)).toList();
  }

  /** Sorts and deduplicates values, normalizes case where IAM ignores it. */
  private static final class CanonicalCondition implements ConditionVisitor<Condition> {
    private final boolean lowerKey;

    CanonicalCondition(boolean lowerKey) {
      this.lowerKey = lowerKey;
    }

    private ConditionKey lower(ConditionKey key) {
      return lowerKey ? ConditionKey.of(key.canonical()) : key;
    }

    @Override
    public Condition visitString(StringCondition c) {
      boolean ignoreCase =
          c.match() == StringMatch.EQUALS_IGNORE_CASE
              || c.match() == StringMatch.NOT_EQUALS_IGNORE_CASE;
      List<String> values =
          ignoreCase
              ? c.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()
              : c.values();
      return new StringCondition(
          c.match(), lower(c.key()), sortedDistinct(values, v -> v), c.quantifier(), c.ifExists());
    }

    @Override
    public Condition visitNumeric(NumericCondition c) {
      List<BigDecimal> values = c.values().stream().map(v -> v.stripTrailingZeros()).toList();
      return new NumericCondition(
          c.match(),
          lower(c.key()),
          sortedDistinct(values, BigDecimal::toPlainString),
          c.quantifier(),
          c.ifExists());
    }

    @Override
    public Condition visitDate(DateCondition c) {
      return new DateCondition(
          c.match(),
          lower(c.key()),
          sortedDistinct(c.values(), Object::toString),
          c.quantifier(),
          c.ifExists());
    }

    @Override
    public Condition visitBool(BoolCondition c) {
      return new BoolCondition(
          lower(c.key()),
          sortedDistinct(c.values(), Object::toString),
          c.quantifier(),
          c.ifExists());
    }

    @Override
    public Condition visitBinary(BinaryCondition c) {
      return new BinaryCondition(
          lower(c.key()), sortedDistinct(c.values(), v -> v), c.quantifier(), c.ifExists());
    }

    @Override
    public Condition visitIpAddress(IpAddressCondition c) {
      return new IpAddressCondition(
          c.match(),
          lower(c.key()),
          sortedDistinct(c.values(), Object::toString),
          c.quantifier(),
          c.ifExists());
    }

    @Override
    public Condition visitArn(ArnCondition c) {
      return new ArnCondition(
          c.match(),
          lower(c.key()),
          sortedDistinct(c.values(), v -> v),
          c.quantifier(),
          c.ifExists());
    }

    @Override
    public Condition visitNull(NullCondition c) {
      return new NullCondition(lower(c.key()), sortedDistinct(c.values(), Object::toString));
    }
  }
}
