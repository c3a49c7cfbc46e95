package dev.oaa.reasoning.smt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.analysis.EvaluatorReplay;
import dev.oaa.reasoning.eval.PolicyAlone;
import dev.oaa.reasoning.eval.PolicyKind;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.reasoning.smt.z3.Z3Solver;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every condition operator family and match kind, IfExists, the set qualifiers and missing keys,
 * one request at a time, with the expected answer written out (IAM User Guide, "Condition
 * operators" and "Multivalued context keys"). The SMT encoding must give it, and so must the
 * evaluator.
 */
class ConditionEncodingTest {
  private static final Solver SOLVER = new Z3Solver();

  @AfterAll
  static void close() {
    SOLVER.close();
  }

  @ParameterizedTest(name = "{0} {1} {2} on {3} = {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "StringEquals | s3:prefix | alice | alice | true",
        "StringEquals | s3:prefix | alice | Alice | false",
        "StringEquals | s3:prefix | alice | <absent> | false",
        "StringNotEquals | s3:prefix | alice | bob | true",
        "StringNotEquals | s3:prefix | alice | alice | false",
        "StringNotEquals | s3:prefix | alice | <absent> | true",
        "StringEqualsIgnoreCase | s3:prefix | alice | ALICE | true",
        "StringNotEqualsIgnoreCase | s3:prefix | alice | ALICE | false",
        "StringLike | s3:prefix | a*e | alice | true",
        "StringLike | s3:prefix | a?ice | alice | true",
        "StringLike | s3:prefix | a?ice | aice | false",
        "StringNotLike | s3:prefix | a* | bob | true",
        "StringNotLike | s3:prefix | a* | <absent> | true",
        "StringEqualsIfExists | s3:prefix | alice | <absent> | true",
        "StringEqualsIfExists | s3:prefix | alice | bob | false",
        "NumericLessThan | s3:max-keys | 10 | 9 | true",
        "NumericLessThan | s3:max-keys | 10 | 10 | false",
        "NumericLessThanEquals | s3:max-keys | 10 | 10 | true",
        "NumericGreaterThan | s3:max-keys | 10 | 10.5 | true",
        "NumericGreaterThanEquals | s3:max-keys | 10 | 9 | false",
        "NumericEquals | s3:max-keys | 10 | 10.0 | true",
        "NumericNotEquals | s3:max-keys | 10 | 11 | true",
        "NumericNotEquals | s3:max-keys | 10 | <absent> | true",
        "NumericEquals | s3:max-keys | 10 | <absent> | false",
        "DateLessThan | aws:CurrentTime | 2024-01-01T00:00:00Z | 2023-12-31T23:59:59Z | true",
        "DateGreaterThan | aws:CurrentTime | 2024-01-01T00:00:00Z | 2023-12-31T23:59:59Z | false",
        "DateEquals | aws:CurrentTime | 1704067200 | 2024-01-01T00:00:00Z | true",
        "DateNotEquals | aws:CurrentTime | 2024-01-01T00:00:00Z | <absent> | true",
        "DateGreaterThanEqualsIfExists | aws:CurrentTime | 2024-01-01T00:00:00Z | <absent> | true",
        "Bool | aws:SecureTransport | true | true | true",
        "Bool | aws:SecureTransport | true | false | false",
        "Bool | aws:SecureTransport | false | <absent> | false",
        "BoolIfExists | aws:SecureTransport | false | <absent> | true",
        "BinaryEquals | s3:x-amz-content | QmluYXJ5 | QmluYXJ5 | true",
        "BinaryEquals | s3:x-amz-content | QmluYXJ5 | QmluYXJ6 | false",
        "IpAddress | aws:SourceIp | 10.0.0.0/8 | 10.1.2.3 | true",
        "IpAddress | aws:SourceIp | 10.0.0.0/8 | 11.1.2.3 | false",
        "IpAddress | aws:SourceIp | 2001:db8::/32 | 2001:db8::1 | true",
        "IpAddress | aws:SourceIp | 0.0.0.0/0 | 2001:db8::1 | false",
        "NotIpAddress | aws:SourceIp | 10.0.0.0/8 | 11.1.2.3 | true",
        "NotIpAddress | aws:SourceIp | 10.0.0.0/8 | <absent> | true",
        "ArnLike | aws:SourceArn | arn:aws:sns:*:111122223333:* | arn:aws:sns:us-east-1:111122223333:t | true",
        "ArnLike | aws:SourceArn | arn:aws:sns:*:111122223333:* | arn:aws:sns:us:east:111122223333:t | false",
        "ArnEquals | aws:SourceArn | arn:aws:sns:*:111122223333:t | arn:aws:sns:eu-west-1:111122223333:t | true",
        "ArnNotLike | aws:SourceArn | arn:aws:sns:*:*:* | arn:aws:s3:::b | true",
        "ArnNotEquals | aws:SourceArn | arn:aws:s3:::b | <absent> | true",
        "Null | aws:TokenIssueTime | true | <absent> | true",
        "Null | aws:TokenIssueTime | true | 2024-01-01T00:00:00Z | false",
        "Null | aws:TokenIssueTime | false | 2024-01-01T00:00:00Z | true",
        "ForAnyValue:StringEquals | aws:TagKeys | env | env,team | true",
        "ForAnyValue:StringEquals | aws:TagKeys | env | team | false",
        "ForAnyValue:StringEquals | aws:TagKeys | env | <absent> | false",
        "ForAllValues:StringEquals | aws:TagKeys | env,team | env,team | true",
        "ForAllValues:StringEquals | aws:TagKeys | env | env,team | false",
        "ForAllValues:StringEquals | aws:TagKeys | env | <absent> | true",
        "ForAnyValue:StringNotEquals | aws:TagKeys | env | env,team | true",
        "ForAnyValue:StringNotEquals | aws:TagKeys | env | env | false",
        "ForAllValues:StringNotEquals | aws:TagKeys | env | team,cost | true",
        "ForAllValues:StringNotEquals | aws:TagKeys | env | team,env | false",
        "ForAllValues:StringLike | aws:TagKeys | t* | team,tier | true",
        "ForAnyValue:StringLikeIfExists | aws:TagKeys | t* | <absent> | true",
        // Keys IAM derives from the caller: an IAM user always has a user name.
        "Null | aws:username | true | <absent> | false",
        "Null | aws:PrincipalType | false | <absent> | true",
        "Null | aws:userid | true | <absent> | true",
      })
  void encodesTheOperatorAsIamDoes(
      String operator, String key, String policyValues, String requestValues, boolean expected) {
    String values =
        String.join(
            ", ",
            Arrays.stream(policyValues.split(",")).map(v -> "\"" + v.strip() + "\"").toList());
    PolicyDocument policy =
        PolicyParser.parse(
            "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\","
                + " \"Resource\": \"*\", \"Condition\": {\""
                + operator
                + "\": {\""
                + key
                + "\": ["
                + values
                + "]}}}}");
    Map<String, List<String>> context = new LinkedHashMap<>();
    if (!requestValues.equals("<absent>")) {
      context.put(key.toLowerCase(java.util.Locale.ROOT), List.of(requestValues.split(",")));
    }
    ConcreteRequest request =
        new ConcreteRequest(
            PrincipalKind.IAM_USER,
            "arn:aws:iam::111122223333:user/alice",
            "",
            "s3:GetObject",
            "arn:aws:s3:::b/k",
            context);
    Term pinned =
        Terms.and(
            PolicyCompiler.allows(policy, Attachment.IDENTITY),
            RequestPinning.pin(request, Set.of(key.toLowerCase(java.util.Locale.ROOT))));
    RequestSpace space = RequestSpace.of(List.of(pinned), RequestSpace.ARN_SHAPE);
    Outcome outcome = SOLVER.check(space.resolve(pinned), space, Duration.ofSeconds(10));
    assertThat(outcome).isInstanceOf(expected ? Outcome.Sat.class : Outcome.Unsat.class);
    assertThat(PolicyAlone.allows(EvaluatorReplay.toRequest(request), policy, PolicyKind.IDENTITY))
        .isEqualTo(expected);
  }
}
