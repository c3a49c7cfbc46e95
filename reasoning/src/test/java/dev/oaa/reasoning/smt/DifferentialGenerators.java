package dev.oaa.reasoning.smt;

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

/**
 * Policies and requests over one small shared vocabulary, so that random requests often hit the
 * random policies' patterns, edges and negations: the raw material of the differential tests.
 */
final class DifferentialGenerators {
  static final List<String> ACTIONS =
      List.of("s3:GetObject", "s3:PutObject", "s3:ListBucket", "iam:PassRole", "sqs:SendMessage");
  static final List<String> ACTION_PATTERNS =
      List.of("*", "s3:*", "s3:Get*", "s3:*Object", "iam:Pass?ole", "sqs:sendmessage", "S3:LIST*");
  static final List<String> RESOURCES =
      List.of(
          "arn:aws:s3:::b",
          "arn:aws:s3:::b/x/y",
          "arn:aws:s3:::c/k",
          "arn:aws:sns:us-east-1:111122223333:t",
          "arn:aws:sqs:eu-west-1:444455556666:q");
  static final List<String> RESOURCE_PATTERNS =
      List.of(
          "*",
          "arn:aws:s3:::b",
          "arn:aws:s3:::b/*",
          "arn:aws:s3:::*/k",
          "arn:aws:*:*:111122223333:*",
          "arn:aws:sns:us-*:*:t",
          "arn:aws:s3:::b?x/y");
  static final List<String> ACCOUNTS = List.of("111122223333", "444455556666", "999988887777");
  static final List<String> STRINGS = List.of("alice", "bob", "Alice", "team-a", "x");
  static final List<String> STRING_PATTERNS = List.of("alice", "Alice", "a*", "*", "team-?", "bob");
  static final List<String> TAG_KEYS = List.of("env", "team", "Cost");
  static final List<String> ARNS =
      List.of(
          "arn:aws:sns:us-east-1:111122223333:t",
          "arn:aws:sns:us-east-1:444455556666:t",
          "arn:aws:s3:::b");
  static final List<String> ARN_PATTERNS =
      List.of(
          "arn:aws:sns:*:111122223333:*",
          "arn:aws:s3:::b",
          "arn:aws:*:*:*:*",
          "arn:aws:sns:us-east-1:444455556666:t");
  static final List<String> IPS = List.of("10.1.2.3", "192.0.2.7", "2001:db8::5", "203.0.113.9");
  static final List<String> CIDRS =
      List.of("10.0.0.0/8", "192.0.2.0/24", "2001:db8::/32", "0.0.0.0/0");
  static final List<Long> EPOCHS = List.of(1_700_000_000L, 1_700_000_001L, 1_800_000_000L);
  static final List<String> NUMBERS = List.of("5", "10", "10.5", "100");

  private DifferentialGenerators() {}

  static Arbitrary<PolicyDocument> policies() {
    return statements().list().ofMinSize(1).ofMaxSize(3).map(PolicyDocument::of);
  }

  static Arbitrary<Statement> statements() {
    return Combinators.combine(
            Arbitraries.of(Effect.class),
            principals(),
            actions(),
            resources(),
            condition().list().ofMaxSize(2).map(DifferentialGenerators::onePerOperatorAndKey))
        .as(
            (effect, principal, action, resource, conditions) ->
                new Statement("", effect, principal, action, resource, conditions));
  }

  private static List<Condition> onePerOperatorAndKey(List<Condition> conditions) {
    Map<String, Condition> unique = new LinkedHashMap<>();
    conditions.forEach(c -> unique.putIfAbsent(c.operator() + " " + c.key().canonical(), c));
    return new ArrayList<>(unique.values());
  }

  private static Arbitrary<PrincipalClause> principals() {
    Arbitrary<Principal> one =
        Arbitraries.oneOf(
            Arbitraries.just(Principal.any()),
            Arbitraries.of(ACCOUNTS).map(Principal::aws),
            Arbitraries.of(
                    "arn:aws:iam::111122223333:role/app",
                    "arn:aws:iam::111122223333:user/alice",
                    "arn:aws:iam::444455556666:root",
                    "arn:aws:sts::111122223333:assumed-role/app/s1")
                .map(Principal::aws),
            Arbitraries.of("lambda.amazonaws.com", "sns.amazonaws.com").map(Principal::service),
            Arbitraries.of("accounts.google.com").map(Principal::federated));
    Arbitrary<List<Principal>> list = one.list().ofMinSize(1).ofMaxSize(2);
    return Arbitraries.oneOf(
        list.map(PrincipalClause.Principals::new),
        list.map(PrincipalClause.NotPrincipals::new),
        Arbitraries.just(PrincipalClause.none()));
  }

  private static Arbitrary<ActionClause> actions() {
    Arbitrary<List<ActionPattern>> patterns =
        Arbitraries.of(ACTION_PATTERNS).map(ActionPattern::of).list().ofMinSize(1).ofMaxSize(2);
    return Arbitraries.oneOf(
        patterns.map(ActionClause.Actions::new), patterns.map(ActionClause.NotActions::new));
  }

  private static Arbitrary<ResourceClause> resources() {
    Arbitrary<List<ResourcePattern>> patterns =
        Arbitraries.of(RESOURCE_PATTERNS).map(ResourcePattern::of).list().ofMinSize(1).ofMaxSize(2);
    return Arbitraries.oneOf(
        patterns.map(ResourceClause.Resources::new),
        patterns.map(ResourceClause.NotResources::new),
        Arbitraries.just(ResourceClause.none()));
  }

  private static Arbitrary<Condition> condition() {
    Arbitrary<Quantifier> q = Arbitraries.of(Quantifier.class);
    Arbitrary<Boolean> ifExists = Arbitraries.of(true, false);
    return Arbitraries.oneOf(
        Combinators.combine(
                Arbitraries.of(StringMatch.class),
                Arbitraries.of("aws:username", "aws:SourceAccount", "aws:PrincipalTag/team")
                    .map(ConditionKey::of),
                Arbitraries.of(STRING_PATTERNS).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(StringCondition::new),
        Combinators.combine(
                Arbitraries.of(StringMatch.class),
                Arbitraries.just(ConditionKey.of("aws:TagKeys")),
                Arbitraries.of("env", "team", "c*", "*").list().ofMinSize(1).ofMaxSize(2),
                q,
                ifExists)
            .as(StringCondition::new),
        Combinators.combine(
                Arbitraries.of(StringMatch.class),
                Arbitraries.just(ConditionKey.of("aws:PrincipalAccount")),
                Arbitraries.of("111122223333", "4444*", "*").list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(StringCondition::new),
        Combinators.combine(
                Arbitraries.of(ArnMatch.class),
                Arbitraries.of("aws:SourceArn", "aws:PrincipalArn").map(ConditionKey::of),
                Arbitraries.of(ARN_PATTERNS).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(ArnCondition::new),
        Combinators.combine(
                Arbitraries.of(Comparison.class),
                Arbitraries.just(ConditionKey.of("s3:max-keys")),
                Arbitraries.of(NUMBERS).map(BigDecimal::new).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(Quantifier.SINGLE, Quantifier.FOR_ALL_VALUES),
                ifExists)
            .as(NumericCondition::new),
        Combinators.combine(
                Arbitraries.of(Comparison.class),
                Arbitraries.just(ConditionKey.of("aws:CurrentTime")),
                Arbitraries.of(EPOCHS).map(Instant::ofEpochSecond).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(DateCondition::new),
        Combinators.combine(
                Arbitraries.just(ConditionKey.of("aws:SecureTransport")),
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(BoolCondition::new),
        Combinators.combine(
                Arbitraries.of(IpMatch.class),
                Arbitraries.just(ConditionKey.of("aws:SourceIp")),
                Arbitraries.of(CIDRS).map(IpRange::parse).list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.just(Quantifier.SINGLE),
                ifExists)
            .as(IpAddressCondition::new),
        Combinators.combine(
                Arbitraries.of("aws:SourceIp", "aws:username", "aws:TagKeys").map(ConditionKey::of),
                Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(1))
            .as(NullCondition::new));
  }

  /** Requests over the same vocabulary; identity keys only for AWS identities. */
  static Arbitrary<ConcreteRequest> requests() {
    return Combinators.combine(
            callers(),
            Arbitraries.of(ACTIONS),
            Arbitraries.of(RESOURCES),
            context(),
            Arbitraries.of(STRINGS),
            Arbitraries.of(STRINGS))
        .as(
            (caller, action, resource, context, username, team) -> {
              Map<String, List<String>> all = new LinkedHashMap<>(context);
              if (caller.kind() == PrincipalKind.IAM_USER) {
                // Set explicitly (the evaluator would derive the name from the ARN otherwise).
                all.put("aws:username", List.of(username));
              }
              if (caller.kind().isAwsIdentity()) {
                all.put("aws:principaltag/team", List.of(team));
              }
              return new ConcreteRequest(
                  caller.kind(), caller.principal(), caller.roleArn(), action, resource, all);
            });
  }

  private static Arbitrary<ConcreteRequest> callers() {
    Arbitrary<String> account = Arbitraries.of(ACCOUNTS);
    return Arbitraries.oneOf(
        account.map(a -> caller(PrincipalKind.ACCOUNT_ROOT, "arn:aws:iam::" + a + ":root", "")),
        Combinators.combine(account, Arbitraries.of("alice", "bob"))
            .as((a, n) -> caller(PrincipalKind.IAM_USER, "arn:aws:iam::" + a + ":user/" + n, "")),
        Combinators.combine(account, Arbitraries.of("app", "ops"), Arbitraries.of("s1", "s2"))
            .as(
                (a, r, s) ->
                    caller(
                        PrincipalKind.ROLE_SESSION,
                        "arn:aws:sts::" + a + ":assumed-role/" + r + "/" + s,
                        "arn:aws:iam::" + a + ":role/" + r)),
        Arbitraries.of("lambda.amazonaws.com", "ec2.amazonaws.com")
            .map(s -> caller(PrincipalKind.SERVICE, s, "")),
        Arbitraries.of("accounts.google.com", "graph.facebook.com")
            .map(f -> caller(PrincipalKind.FEDERATED, f, "")),
        Arbitraries.just(caller(PrincipalKind.ANONYMOUS, "", "")));
  }

  private static ConcreteRequest caller(PrincipalKind kind, String principal, String role) {
    return new ConcreteRequest(kind, principal, role, "s3:GetObject", "*", Map.of());
  }

  private static Arbitrary<Map<String, List<String>>> context() {
    return Combinators.combine(
            optional(Arbitraries.of(ACCOUNTS).map(List::of)),
            optional(Arbitraries.of(TAG_KEYS).list().ofMinSize(1).ofMaxSize(3).uniqueElements()),
            optional(Arbitraries.of(ARNS).map(List::of)),
            optional(Arbitraries.of(NUMBERS).map(List::of)),
            optional(Arbitraries.of(EPOCHS).map(e -> List.of(Instant.ofEpochSecond(e).toString()))),
            optional(Arbitraries.of("true", "false").map(List::of)),
            optional(Arbitraries.of(IPS).map(List::of)))
        .as(
            (account, tags, arn, number, date, bool, ip) -> {
              Map<String, List<String>> c = new LinkedHashMap<>();
              put(c, "aws:sourceaccount", account);
              put(c, "aws:tagkeys", tags);
              put(c, "aws:sourcearn", arn);
              put(c, "s3:max-keys", number);
              put(c, "aws:currenttime", date);
              put(c, "aws:securetransport", bool);
              put(c, "aws:sourceip", ip);
              return c;
            });
  }

  private static Arbitrary<List<String>> optional(Arbitrary<List<String>> values) {
    return Arbitraries.oneOf(values, Arbitraries.just(List.of()));
  }

  private static void put(Map<String, List<String>> c, String key, List<String> values) {
    if (!values.isEmpty()) {
      c.put(key, values);
    }
  }

  /** The versions a generated policy can be written in (variables are not generated). */
  static Arbitrary<PolicyVersion> versions() {
    return Arbitraries.of(PolicyVersion.V2012_10_17);
  }
}
