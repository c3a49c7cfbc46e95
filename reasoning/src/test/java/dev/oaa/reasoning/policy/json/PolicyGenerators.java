package dev.oaa.reasoning.policy.json;

import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.ArnMatch;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Comparison;
import dev.oaa.reasoning.policy.Condition;
import dev.oaa.reasoning.policy.ConditionKey;
import dev.oaa.reasoning.policy.DateCondition;
import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.IpAddressCondition;
import dev.oaa.reasoning.policy.IpMatch;
import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.policy.NullCondition;
import dev.oaa.reasoning.policy.NumericCondition;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.PolicyVersion;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
import dev.oaa.reasoning.policy.Quantifier;
import dev.oaa.reasoning.policy.ResourceClause;
import dev.oaa.reasoning.policy.ResourcePattern;
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.policy.StringCondition;
import dev.oaa.reasoning.policy.StringMatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for policy documents whose JSON form parses back to the same model. */
final class PolicyGenerators {
  private PolicyGenerators() {}

  static Arbitrary<PolicyDocument> documents() {
    return Combinators.combine(
            Arbitraries.of(PolicyVersion.class),
            Arbitraries.of("", "policy-1"),
            statements().list().ofMinSize(1).ofMaxSize(4))
        .as(PolicyDocument::new);
  }

  static Arbitrary<Statement> statements() {
    return Combinators.combine(
            Arbitraries.of("", "Sid1", "AllowRead"),
            Arbitraries.of(Effect.class),
            principals(),
            actions(),
            resources(),
            conditions())
        .as(Statement::new);
  }

  private static Arbitrary<PrincipalClause> principals() {
    Arbitrary<Principal> one =
        Arbitraries.oneOf(
            Arbitraries.of(
                    "111122223333",
                    "arn:aws:iam::444455556666:root",
                    "arn:aws:iam::111122223333:role/app")
                .map(Principal::aws),
            Arbitraries.of("lambda.amazonaws.com", "sns.amazonaws.com").map(Principal::service),
            Arbitraries.of("cognito-identity.amazonaws.com").map(Principal::federated));
    // Grouped by type, in the writer's type order, so the JSON round trip keeps the order.
    Arbitrary<List<Principal>> grouped =
        one.list().ofMinSize(1).ofMaxSize(3).uniqueElements().map(PolicyGenerators::groupByType);
    return Arbitraries.oneOf(
        Arbitraries.just(PrincipalClause.none()),
        Arbitraries.just(new PrincipalClause.Principals(List.of(Principal.any()))),
        grouped.map(PrincipalClause.Principals::new),
        grouped.map(PrincipalClause.NotPrincipals::new));
  }

  private static List<Principal> groupByType(List<Principal> principals) {
    Map<String, List<Principal>> byType = new LinkedHashMap<>();
    principals.forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
    return byType.values().stream().flatMap(List::stream).toList();
  }

  private static Arbitrary<ActionClause> actions() {
    Arbitrary<List<ActionPattern>> patterns =
        Arbitraries.of("*", "s3:GetObject", "s3:get*", "iam:PassRole", "sqs:Send?essage", "kms:*")
            .map(ActionPattern::of)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    return Arbitraries.oneOf(
        patterns.map(ActionClause.Actions::new), patterns.map(ActionClause.NotActions::new));
  }

  private static Arbitrary<ResourceClause> resources() {
    Arbitrary<List<ResourcePattern>> patterns =
        Arbitraries.of("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b", "arn:aws:s3:::${aws:username}/*")
            .map(ResourcePattern::of)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    return Arbitraries.oneOf(
        Arbitraries.just(ResourceClause.none()),
        patterns.map(ResourceClause.Resources::new),
        patterns.map(ResourceClause.NotResources::new));
  }

  private static Arbitrary<List<Condition>> conditions() {
    return condition()
        .list()
        .ofMaxSize(4)
        // One entry per (operator, key), grouped by operator: what JSON can express.
        .map(
            cs -> {
              Map<String, Map<ConditionKey, Condition>> byOperator = new LinkedHashMap<>();
              cs.forEach(
                  c ->
                      byOperator
                          .computeIfAbsent(c.operator(), o -> new LinkedHashMap<>())
                          .putIfAbsent(c.key(), c));
              return byOperator.values().stream().flatMap(m -> m.values().stream()).toList();
            });
  }

  private static Arbitrary<Condition> condition() {
    Arbitrary<Quantifier> q = Arbitraries.of(Quantifier.class);
    Arbitrary<Boolean> ifExists = Arbitraries.of(true, false);
    Arbitrary<ConditionKey> key =
        Arbitraries.of("aws:username", "aws:PrincipalTag/team", "s3:prefix", "aws:SourceArn")
            .map(ConditionKey::of);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of(StringMatch.class),
                key,
                Arbitraries.of("a", "B*", "${aws:username}", "x?z").list().ofMaxSize(3),
                q,
                ifExists)
            .as(StringCondition::new),
        Combinators.combine(
                Arbitraries.of(Comparison.class),
                Arbitraries.just(ConditionKey.of("s3:max-keys")),
                Arbitraries.of(new BigDecimal("10"), new BigDecimal("2.5")).list().ofMaxSize(2),
                q,
                ifExists)
            .as(NumericCondition::new),
        Combinators.combine(
                Arbitraries.of(Comparison.class),
                Arbitraries.just(ConditionKey.of("aws:CurrentTime")),
                Arbitraries.of(Instant.parse("2024-01-31T12:00:00Z"), Instant.ofEpochSecond(0))
                    .list()
                    .ofMaxSize(2),
                q,
                ifExists)
            .as(DateCondition::new),
        Combinators.combine(
                Arbitraries.just(ConditionKey.of("aws:SecureTransport")),
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(2),
                q,
                ifExists)
            .as(BoolCondition::new),
        Combinators.combine(
                Arbitraries.of(IpMatch.class),
                Arbitraries.just(ConditionKey.of("aws:SourceIp")),
                Arbitraries.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.1")
                    .map(IpRange::parse)
                    .list()
                    .ofMaxSize(2),
                q,
                ifExists)
            .as(IpAddressCondition::new),
        Combinators.combine(
                Arbitraries.of(ArnMatch.class),
                Arbitraries.just(ConditionKey.of("aws:SourceArn")),
                Arbitraries.of("arn:aws:sns:*:111122223333:*").list().ofMinSize(1).ofMaxSize(1),
                q,
                ifExists)
            .as(ArnCondition::new),
        Combinators.combine(
                Arbitraries.just(ConditionKey.of("aws:TokenIssueTime")),
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(1))
            .as(NullCondition::new));
  }
}
