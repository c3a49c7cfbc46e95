package dev.oaa.reasoning.policy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.reasoning.errors.PolicyParseException;
import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ArnCondition;
import dev.oaa.reasoning.policy.ArnMatch;
import dev.oaa.reasoning.policy.BoolCondition;
import dev.oaa.reasoning.policy.Comparison;
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
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.policy.StringCondition;
import dev.oaa.reasoning.policy.StringMatch;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

  @Test
  void parsesASingleStatementObjectWithSingleValues() {
    PolicyDocument doc =
        PolicyParser.parse(
            """
            {"Version": "2012-10-17",
             "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}}
            """);
    assertThat(doc)
        .isEqualTo(
            new PolicyDocument(
                PolicyVersion.V2012_10_17,
                "",
                List.of(
                    new Statement(
                        "",
                        Effect.ALLOW,
                        PrincipalClause.none(),
                        ActionClause.of("s3:GetObject"),
                        ResourceClause.of("arn:aws:s3:::b/*"),
                        List.of()))));
  }

  @Test
  void parsesEveryPrincipalForm() {
    PolicyDocument doc =
        PolicyParser.parse(
            """
            {"Statement": [
              {"Effect": "Allow", "Principal": "*", "Action": "sqs:*", "Resource": "*"},
              {"Effect": "Deny", "NotPrincipal": {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/r"],
                "Service": "lambda.amazonaws.com", "Federated": "cognito-identity.amazonaws.com",
                "CanonicalUser": "79a59df900b949e55d96a1e698fbaced"}, "NotAction": "iam:*"},
              {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]}
            """);
    assertThat(doc.version()).isEqualTo(PolicyVersion.ABSENT);
    assertThat(doc.statements().get(0).principal())
        .isEqualTo(new PrincipalClause.Principals(List.of(Principal.any())));
    assertThat(doc.statements().get(1).principal())
        .isEqualTo(
            new PrincipalClause.NotPrincipals(
                List.of(
                    Principal.aws("111122223333"),
                    Principal.aws("arn:aws:iam::444455556666:role/r"),
                    Principal.service("lambda.amazonaws.com"),
                    Principal.federated("cognito-identity.amazonaws.com"),
                    new Principal.CanonicalUser("79a59df900b949e55d96a1e698fbaced"))));
    assertThat(doc.statements().get(1).action()).isInstanceOf(ActionClause.NotActions.class);
    assertThat(doc.statements().get(1).resource()).isEqualTo(ResourceClause.none());
    assertThat(doc.statements().get(2).allowsAnyPrincipal()).isTrue();
  }

  @Test
  void parsesEveryOperatorFamilyWithQualifiersAndIfExists() {
    Statement s =
        PolicyParser.parse(
                """
                {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                 "Condition": {
                   "ForAnyValue:StringLikeIfExists": {"aws:TagKeys": ["team*", "env"]},
                   "NumericLessThanEquals": {"s3:max-keys": 10},
                   "DateGreaterThan": {"aws:CurrentTime": "2024-01-31T12:00:00Z", "aws:EpochTime": "1700000000"},
                   "Bool": {"aws:SecureTransport": false},
                   "NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:DB8::/32", "198.51.100.7"]},
                   "ArnNotLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:*"},
                   "Null": {"aws:MultiFactorAuthAge": "true"}}}}
                """)
            .statements()
            .get(0);
    assertThat(s.conditions())
        .containsExactly(
            new StringCondition(
                StringMatch.LIKE,
                ConditionKey.of("aws:TagKeys"),
                List.of("team*", "env"),
                Quantifier.FOR_ANY_VALUE,
                true),
            new NumericCondition(
                Comparison.LESS_THAN_EQUALS,
                ConditionKey.of("s3:max-keys"),
                List.of(new BigDecimal("10")),
                Quantifier.SINGLE,
                false),
            new DateCondition(
                Comparison.GREATER_THAN,
                ConditionKey.of("aws:CurrentTime"),
                List.of(Instant.parse("2024-01-31T12:00:00Z")),
                Quantifier.SINGLE,
                false),
            new DateCondition(
                Comparison.GREATER_THAN,
                ConditionKey.of("aws:EpochTime"),
                List.of(Instant.ofEpochSecond(1_700_000_000L)),
                Quantifier.SINGLE,
                false),
            new BoolCondition(
                ConditionKey.of("aws:SecureTransport"), List.of(false), Quantifier.SINGLE, false),
            new IpAddressCondition(
                IpMatch.NOT_IP_ADDRESS,
                ConditionKey.of("aws:SourceIp"),
                List.of(
                    IpRange.parse("203.0.113.0/24"),
                    IpRange.parse("2001:db8::/32"),
                    IpRange.parse("198.51.100.7/32")),
                Quantifier.SINGLE,
                false),
            new ArnCondition(
                ArnMatch.NOT_LIKE,
                ConditionKey.of("aws:SourceArn"),
                List.of("arn:aws:sns:*:111122223333:*"),
                Quantifier.SINGLE,
                false),
            new NullCondition(ConditionKey.of("aws:MultiFactorAuthAge"), List.of(true)));
    assertThat(s.conditions().get(0).operator()).isEqualTo("ForAnyValue:StringLikeIfExists");
  }

  @Test
  void acceptsOperatorNamesInAnyCase() {
    Statement s =
        PolicyParser.parse(
                """
                {"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*",
                 "Condition": {"forallvalues:stringequals": {"aws:TagKeys": "a"}}}}
                """)
            .statements()
            .get(0);
    assertThat(s.conditions().get(0).operator()).isEqualTo("ForAllValues:StringEquals");
  }

  @Test
  void rejectsACommentWithItsPosition() {
    assertRejected(
        "{\n  // no comments in JSON\n  \"Statement\": []\n}",
        "Cannot parse policy (line 2, column 3): invalid JSON: Unexpected character ('/' (code 47)):"
            + " maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS'"
            + " not enabled for parser)",
        "",
        2,
        3);
  }

  @Test
  void rejectsDuplicateKeys() {
    assertRejected(
        "{\"Statement\": [], \"Statement\": []}",
        "Cannot parse policy (line 1, column 30): invalid JSON: Duplicate field 'Statement'",
        "",
        1,
        30);
  }

  @Test
  void rejectsTrailingContent() {
    assertRejected(
        "{\"Statement\": []} {}",
        "Cannot parse policy (line 1, column 19): unexpected content after the policy document",
        "",
        1,
        19);
  }

  @Test
  void rejectsAnEmptyDocument() {
    assertRejected("  ", "Cannot parse policy (line 1, column 1): the document is empty", "", 1, 1);
  }

  @Test
  void rejectsAMissingStatement() {
    assertRejected(
        "{\"Version\": \"2012-10-17\"}",
        "Cannot parse policy (line 1, column 1): a policy needs a `Statement` element",
        "",
        1,
        1);
  }

  @Test
  void rejectsAnUnknownVersion() {
    assertRejected(
        "{\"Version\": \"2012-10-18\", \"Statement\": []}",
        "Cannot parse policy at /Version (line 1, column 13): unsupported Version `2012-10-18`"
            + " (expected 2012-10-17 or 2008-10-17)",
        "/Version",
        1,
        13);
  }

  @Test
  void rejectsAnUnknownStatementElement() {
    assertRejected(
        """
        {"Statement": [{"Effect": "Allow", "Action": "s3:*",
          "Resources": "*"}]}""",
        "Cannot parse policy at /Statement/0/Resources (line 2, column 16): unknown statement"
            + " element `Resources` (expected one of Action, Condition, Effect, NotAction,"
            + " NotPrincipal, NotResource, Principal, Resource, Sid)",
        "/Statement/0/Resources",
        2,
        16);
  }

  @Test
  void rejectsAMisspelledEffect() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"allow\", \"Action\": \"s3:*\"}}",
        "Cannot parse policy at /Statement/Effect (line 1, column 26): expected `Allow` or `Deny`,"
            + " got `allow`",
        "/Statement/Effect",
        1,
        26);
  }

  @Test
  void rejectsBothActionAndNotAction() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"NotAction\": \"iam:*\"}}",
        "Cannot parse policy at /Statement/NotAction (line 1, column 66): a statement cannot have"
            + " both `Action` and `NotAction`",
        "/Statement/NotAction",
        1,
        66);
  }

  @Test
  void rejectsAStatementWithoutAction() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Resource\": \"*\"}}",
        "Cannot parse policy at /Statement (line 1, column 15): a statement needs an `Action` or"
            + " `NotAction` element",
        "/Statement",
        1,
        15);
  }

  @Test
  void rejectsAnActionWithoutService() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"GetObject\"]}}",
        "Cannot parse policy at /Statement/Action/1 (line 1, column 62): Invalid action"
            + " `GetObject`: expected `*` or `<service>:<action>`",
        "/Statement/Action/1",
        1,
        62);
  }

  @Test
  void rejectsAnEmptyActionArray() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": []}}",
        "Cannot parse policy at /Statement/Action (line 1, column 45): Action must not be an empty"
            + " array",
        "/Statement/Action",
        1,
        45);
  }

  @Test
  void rejectsAPrincipalStringOtherThanStar() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"111122223333\", \"Action\": \"s3:*\"}}",
        "Cannot parse policy at /Statement/Principal (line 1, column 48): a principal must be `*` or"
            + " an object such as {\"AWS\": ...}",
        "/Statement/Principal",
        1,
        48);
  }

  @Test
  void rejectsAnUnknownPrincipalType() {
    assertRejected(
        "{\"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Aws\": \"*\"}, \"Action\": \"s3:*\"}}",
        "Cannot parse policy at /Statement/Principal/Aws (line 1, column 56): unknown principal"
            + " element `Aws` (expected one of AWS, CanonicalUser, Federated, Service)",
        "/Statement/Principal/Aws",
        1,
        56);
  }

  @Test
  void rejectsAnUnknownConditionOperator() {
    assertRejected(
        """
        {"Statement": {"Effect": "Allow", "Action": "s3:*",
          "Condition": {"StringEqual": {"aws:username": "a"}}}}""",
        "Cannot parse policy at /Statement/Condition/StringEqual (line 2, column 32): unknown"
            + " condition operator `StringEqual`",
        "/Statement/Condition/StringEqual",
        2,
        32);
  }

  @Test
  void rejectsNullWithIfExists() {
    assertRejected(
        """
        {"Statement": {"Effect": "Allow", "Action": "s3:*",
          "Condition": {"NullIfExists": {"aws:username": "true"}}}}""",
        "Cannot parse policy at /Statement/Condition/NullIfExists (line 2, column 33): unknown"
            + " condition operator `NullIfExists`",
        "/Statement/Condition/NullIfExists",
        2,
        33);
  }

  @Test
  void rejectsMalformedConditionValues() {
    assertRejected(
        cond("IpAddress", "aws:SourceIp", "\"10.0.0.0/33\""),
        "Cannot parse policy at /Statement/Condition/IpAddress/aws:SourceIp (line 1, column 114):"
            + " Invalid IP address or CIDR range `10.0.0.0/33`: expected a.b.c.d[/n] or an IPv6"
            + " address",
        "/Statement/Condition/IpAddress/aws:SourceIp",
        1,
        114);
    assertRejected(
        cond("DateLessThan", "aws:CurrentTime", "\"yesterday\""),
        "Cannot parse policy at /Statement/Condition/DateLessThan/aws:CurrentTime (line 1, column"
            + " 120): Invalid date `yesterday`: expected ISO 8601 (2024-01-31T12:00:00Z) or epoch"
            + " seconds",
        "/Statement/Condition/DateLessThan/aws:CurrentTime",
        1,
        120);
    assertRejected(
        cond("Bool", "aws:SecureTransport", "[\"true\", \"yes\"]"),
        "Cannot parse policy at /Statement/Condition/Bool/aws:SecureTransport/1 (line 1, column"
            + " 125): Invalid boolean `yes`: expected true or false",
        "/Statement/Condition/Bool/aws:SecureTransport/1",
        1,
        125);
    assertRejected(
        cond("StringEquals", "aws:username", "null"),
        "Cannot parse policy at /Statement/Condition/StringEquals/aws:username (line 1, column 117):"
            + " A condition value must be a string, got null",
        "/Statement/Condition/StringEquals/aws:username",
        1,
        117);
  }

  @Test
  void escapesSlashesInPointers() {
    assertRejected(
        cond("NumericEquals", "aws:PrincipalTag/level", "\"high\""),
        "Cannot parse policy at /Statement/Condition/NumericEquals/aws:PrincipalTag~1level (line 1,"
            + " column 128): Invalid number `high`",
        "/Statement/Condition/NumericEquals/aws:PrincipalTag~1level",
        1,
        128);
  }

  private static String cond(String operator, String key, String valueJson) {
    return "{\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\","
        + " \"Condition\": {\""
        + operator
        + "\": {\""
        + key
        + "\": "
        + valueJson
        + "}}}}";
  }

  private static void assertRejected(
      String json, String message, String pointer, int line, int column) {
    assertThatThrownBy(() -> PolicyParser.parse(json))
        .isInstanceOfSatisfying(
            PolicyParseException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.column()).isEqualTo(column);
            })
        .hasMessage(message);
  }
}
