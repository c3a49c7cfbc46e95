package dev.oaa.reasoning.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.json.PolicyParser;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Condition operators one by one, from the IAM User Guide. Each case puts one Condition block on an
 * identity policy that otherwise allows the request, so the request is allowed exactly when the
 * block holds.
 */
class ConditionEvaluatorTest {
  private static final RequestPrincipal USER =
      RequestPrincipal.iamUser("arn:aws:iam::111122223333:user/alice");

  static Stream<Arguments> cases() {
    return Stream.of(
        // IAM User Guide, "IAM JSON policy elements: Condition operators" > String condition
        // operators: case-sensitive equality, IgnoreCase, and StringLike with * and ?.
        holds(
            "StringEquals matches",
            "{'StringEquals': {'s3:prefix': 'home/'}}",
            ctx("s3:prefix", "home/")),
        fails(
            "StringEquals is case-sensitive",
            "{'StringEquals': {'s3:prefix': 'home/'}}",
            ctx("s3:prefix", "Home/")),
        fails(
            "StringEquals has no wildcards",
            "{'StringEquals': {'s3:prefix': 'home/*'}}",
            ctx("s3:prefix", "home/x")),
        holds(
            "StringNotEquals with another value",
            "{'StringNotEquals': {'s3:prefix': 'home/'}}",
            ctx("s3:prefix", "tmp/")),
        fails(
            "StringNotEquals with the value",
            "{'StringNotEquals': {'s3:prefix': 'home/'}}",
            ctx("s3:prefix", "home/")),
        holds(
            "StringEqualsIgnoreCase",
            "{'StringEqualsIgnoreCase': {'aws:PrincipalTag/team': 'DEV'}}",
            ctx("aws:PrincipalTag/team", "dev")),
        fails(
            "StringNotEqualsIgnoreCase",
            "{'StringNotEqualsIgnoreCase': {'aws:PrincipalTag/team': 'DEV'}}",
            ctx("aws:PrincipalTag/team", "Dev")),
        holds(
            "StringLike with *",
            "{'StringLike': {'s3:prefix': 'home/*'}}",
            ctx("s3:prefix", "home/a/b")),
        holds(
            "StringLike with ?",
            "{'StringLike': {'s3:prefix': 'home/?'}}",
            ctx("s3:prefix", "home/a")),
        fails(
            "StringLike ? is one character",
            "{'StringLike': {'s3:prefix': 'home/?'}}",
            ctx("s3:prefix", "home/ab")),
        fails(
            "StringLike is case-sensitive",
            "{'StringLike': {'s3:prefix': 'home/*'}}",
            ctx("s3:prefix", "HOME/a")),
        holds(
            "StringNotLike",
            "{'StringNotLike': {'s3:prefix': 'home/*'}}",
            ctx("s3:prefix", "tmp/a")),
        // "Creating a condition with multiple keys or values": values of one key are ORed, keys and
        // operators are ANDed.
        holds(
            "several values are ORed",
            "{'StringEquals': {'s3:prefix': ['a', 'b']}}",
            ctx("s3:prefix", "b")),
        fails(
            "several keys are ANDed",
            "{'StringEquals': {'s3:prefix': 'a', 's3:delimiter': '/'}}",
            ctx("s3:prefix", "a")),
        holds(
            "condition key names ignore case",
            "{'StringEquals': {'S3:PREFIX': 'a'}}",
            ctx("s3:prefix", "a")),
        // Numeric condition operators.
        holds(
            "NumericEquals",
            "{'NumericEquals': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "10.0")),
        holds(
            "NumericNotEquals",
            "{'NumericNotEquals': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "11")),
        holds(
            "NumericLessThan",
            "{'NumericLessThan': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "9")),
        fails(
            "NumericLessThan at the bound",
            "{'NumericLessThan': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "10")),
        holds(
            "NumericLessThanEquals",
            "{'NumericLessThanEquals': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "10")),
        holds(
            "NumericGreaterThan",
            "{'NumericGreaterThan': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "10.5")),
        holds(
            "NumericGreaterThanEquals",
            "{'NumericGreaterThanEquals': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "10")),
        fails(
            "a non-numeric value",
            "{'NumericLessThan': {'s3:max-keys': '10'}}",
            ctx("s3:max-keys", "ten")),
        // Date condition operators: ISO 8601 and epoch seconds, on both sides.
        holds(
            "DateLessThan ISO",
            "{'DateLessThan': {'aws:CurrentTime': '2024-06-30T00:00:00Z'}}",
            ctx("aws:CurrentTime", "2024-06-01T12:00:00Z")),
        fails(
            "DateGreaterThan ISO",
            "{'DateGreaterThan': {'aws:CurrentTime': '2024-06-30T00:00:00Z'}}",
            ctx("aws:CurrentTime", "2024-06-01T12:00:00Z")),
        holds(
            "DateEquals epoch in the policy",
            "{'DateEquals': {'aws:EpochTime': '1717243200'}}",
            ctx("aws:EpochTime", "2024-06-01T12:00:00Z")),
        holds(
            "DateGreaterThanEquals epoch in the request",
            "{'DateGreaterThanEquals': {'aws:CurrentTime': '2024-06-01'}}",
            ctx("aws:CurrentTime", "1717243200")),
        holds(
            "DateNotEquals",
            "{'DateNotEquals': {'aws:CurrentTime': '2024-06-01'}}",
            ctx("aws:CurrentTime", "2024-06-02")),
        holds(
            "DateLessThanEquals",
            "{'DateLessThanEquals': {'aws:TokenIssueTime': '2024-06-01T00:00:00Z'}}",
            ctx("aws:TokenIssueTime", "2024-06-01T00:00:00Z")),
        fails(
            "an invalid date",
            "{'DateLessThan': {'aws:CurrentTime': '2024-06-30'}}",
            ctx("aws:CurrentTime", "yesterday")),
        // Boolean condition operators.
        holds(
            "Bool true",
            "{'Bool': {'aws:SecureTransport': 'true'}}",
            ctx("aws:SecureTransport", "true")),
        holds(
            "Bool ignores case",
            "{'Bool': {'aws:SecureTransport': 'true'}}",
            ctx("aws:SecureTransport", "TRUE")),
        fails(
            "Bool false",
            "{'Bool': {'aws:SecureTransport': 'true'}}",
            ctx("aws:SecureTransport", "false")),
        fails(
            "Bool on a missing key",
            "{'Bool': {'aws:SecureTransport': 'false'}}",
            RequestContext.empty()),
        // Binary condition operators: base64 values compared as written.
        holds(
            "BinaryEquals",
            "{'BinaryEquals': {'key': 'QmluYXJ5VmFsdWU='}}",
            ctx("key", "QmluYXJ5VmFsdWU=")),
        fails(
            "BinaryEquals other",
            "{'BinaryEquals': {'key': 'QmluYXJ5VmFsdWU='}}",
            ctx("key", "QmluYXJ5")),
        // IP address condition operators: IPv4 and IPv6 CIDR ranges.
        holds(
            "IpAddress in a v4 range",
            "{'IpAddress': {'aws:SourceIp': '203.0.113.0/24'}}",
            ctx("aws:SourceIp", "203.0.113.7")),
        fails(
            "IpAddress outside a v4 range",
            "{'IpAddress': {'aws:SourceIp': '203.0.113.0/24'}}",
            ctx("aws:SourceIp", "203.0.114.7")),
        holds(
            "IpAddress single address",
            "{'IpAddress': {'aws:SourceIp': '203.0.113.7'}}",
            ctx("aws:SourceIp", "203.0.113.7")),
        holds(
            "IpAddress in a v6 range",
            "{'IpAddress': {'aws:SourceIp': '2001:DB8:1234:5678::/64'}}",
            ctx("aws:SourceIp", "2001:db8:1234:5678::1")),
        fails(
            "a v4 address is in no v6 range",
            "{'IpAddress': {'aws:SourceIp': '::/0'}}",
            ctx("aws:SourceIp", "203.0.113.7")),
        holds(
            "NotIpAddress",
            "{'NotIpAddress': {'aws:SourceIp': '203.0.113.0/24'}}",
            ctx("aws:SourceIp", "198.51.100.1")),
        fails(
            "an invalid address",
            "{'IpAddress': {'aws:SourceIp': '0.0.0.0/0'}}",
            ctx("aws:SourceIp", "not-an-ip")),
        // ARN condition operators: field by field, wildcards within a field.
        holds(
            "ArnEquals",
            "{'ArnEquals': {'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic'}}",
            ctx("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")),
        holds(
            "ArnLike with wildcards in fields",
            "{'ArnLike': {'aws:SourceArn': 'arn:aws:sns:*:111122223333:top?c'}}",
            ctx("aws:SourceArn", "arn:aws:sns:eu-west-1:111122223333:topic")),
        holds(
            "ArnEquals also takes wildcards",
            "{'ArnEquals': {'aws:SourceArn': 'arn:aws:s3:::bucket/*'}}",
            ctx("aws:SourceArn", "arn:aws:s3:::bucket/a/b")),
        fails(
            "a field wildcard does not span a colon",
            "{'ArnLike': {'aws:SourceArn': 'arn:aws:sns:us-*:111122223333:topic'}}",
            ctx("aws:SourceArn", "arn:aws:sns:us-east-1:444455556666:111122223333:topic")),
        fails(
            "ArnLike is case-sensitive",
            "{'ArnLike': {'aws:SourceArn': 'arn:aws:sns:*:*:Topic'}}",
            ctx("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")),
        holds(
            "ArnNotEquals",
            "{'ArnNotEquals': {'aws:SourceArn': 'arn:aws:sns:*:*:other'}}",
            ctx("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")),
        fails(
            "ArnNotLike",
            "{'ArnNotLike': {'aws:SourceArn': 'arn:aws:sns:*:*:*'}}",
            ctx("aws:SourceArn", "arn:aws:sns:us-east-1:111122223333:topic")),
        fails(
            "a value that is not an ARN",
            "{'ArnLike': {'aws:SourceArn': 'arn:*:*:*:*:*'}}",
            ctx("aws:SourceArn", "topic")),
        // Condition operator to check existence of condition keys (Null).
        holds(
            "Null true on a missing key",
            "{'Null': {'aws:TokenIssueTime': 'true'}}",
            RequestContext.empty()),
        fails(
            "Null true on a present key",
            "{'Null': {'aws:TokenIssueTime': 'true'}}",
            ctx("aws:TokenIssueTime", "2024-01-01")),
        holds(
            "Null false on a present key",
            "{'Null': {'aws:TokenIssueTime': 'false'}}",
            ctx("aws:TokenIssueTime", "2024-01-01")),
        // "...IfExists condition operators": true when the key is absent, the operator otherwise.
        holds(
            "IfExists on a missing key",
            "{'StringEqualsIfExists': {'ec2:InstanceType': 't2.micro'}}",
            RequestContext.empty()),
        fails(
            "IfExists on a present key",
            "{'StringEqualsIfExists': {'ec2:InstanceType': 't2.micro'}}",
            ctx("ec2:InstanceType", "m5.large")),
        holds(
            "NumericLessThanIfExists missing",
            "{'NumericLessThanIfExists': {'s3:max-keys': '1'}}",
            RequestContext.empty()),
        // "If the key ... is not present, the condition is false ... except negated operators
        // such as StringNotEquals, which are true".
        fails(
            "StringEquals on a missing key",
            "{'StringEquals': {'s3:prefix': 'a'}}",
            RequestContext.empty()),
        holds(
            "StringNotEquals on a missing key",
            "{'StringNotEquals': {'s3:prefix': 'a'}}",
            RequestContext.empty()),
        holds(
            "ArnNotLike on a missing key",
            "{'ArnNotLike': {'aws:SourceArn': 'arn:*'}}",
            RequestContext.empty()),
        holds(
            "NotIpAddress on a missing key",
            "{'NotIpAddress': {'aws:SourceIp': '10.0.0.0/8'}}",
            RequestContext.empty()),
        // "Set operators for multivalued context keys": ForAnyValue needs one request value in the
        // policy set and is false when the key is missing; ForAllValues needs every request value
        // in the set and is true when the key is missing or empty.
        holds(
            "ForAnyValue overlap",
            "{'ForAnyValue:StringEquals': {'aws:TagKeys': ['a', 'b']}}",
            ctx("aws:TagKeys", "b", "c")),
        fails(
            "ForAnyValue disjoint",
            "{'ForAnyValue:StringEquals': {'aws:TagKeys': ['a', 'b']}}",
            ctx("aws:TagKeys", "c", "d")),
        fails(
            "ForAnyValue missing key",
            "{'ForAnyValue:StringEquals': {'aws:TagKeys': ['a']}}",
            RequestContext.empty()),
        fails(
            "ForAnyValue:StringNotEquals missing key",
            "{'ForAnyValue:StringNotEquals': {'aws:TagKeys': ['a']}}",
            RequestContext.empty()),
        holds(
            "ForAllValues subset",
            "{'ForAllValues:StringEquals': {'aws:TagKeys': ['a', 'b']}}",
            ctx("aws:TagKeys", "a", "b")),
        fails(
            "ForAllValues not a subset",
            "{'ForAllValues:StringEquals': {'aws:TagKeys': ['a', 'b']}}",
            ctx("aws:TagKeys", "a", "c")),
        holds(
            "ForAllValues missing key",
            "{'ForAllValues:StringEquals': {'aws:TagKeys': ['a']}}",
            RequestContext.empty()),
        holds(
            "ForAllValues empty set",
            "{'ForAllValues:StringEquals': {'aws:TagKeys': ['a']}}",
            RequestContext.empty().with("aws:TagKeys", List.of())),
        holds(
            "ForAllValues:StringNotEquals none listed",
            "{'ForAllValues:StringNotEquals': {'aws:TagKeys': ['a']}}",
            ctx("aws:TagKeys", "b", "c")),
        fails(
            "ForAllValues:StringNotEquals one listed",
            "{'ForAllValues:StringNotEquals': {'aws:TagKeys': ['a']}}",
            ctx("aws:TagKeys", "a", "c")),
        holds(
            "ForAnyValue:StringNotEquals one unlisted",
            "{'ForAnyValue:StringNotEquals': {'aws:TagKeys': ['a']}}",
            ctx("aws:TagKeys", "a", "c")),
        holds(
            "ForAnyValue:StringLike",
            "{'ForAnyValue:StringLike': {'aws:TagKeys': 'env*'}}",
            ctx("aws:TagKeys", "owner", "environment")),
        holds(
            "ForAnyValue...IfExists missing",
            "{'ForAnyValue:StringEqualsIfExists': {'aws:TagKeys': 'a'}}",
            RequestContext.empty()),
        // Without a set operator, a multivalued key matches when one of its values matches, and a
        // negated operator needs every value to pass.
        holds(
            "no qualifier, one value matches",
            "{'StringEquals': {'aws:TagKeys': 'a'}}",
            ctx("aws:TagKeys", "a", "b")),
        fails(
            "no qualifier, negated, one value listed",
            "{'StringNotEquals': {'aws:TagKeys': 'a'}}",
            ctx("aws:TagKeys", "a", "b")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void conditionBlockDecidesAsDocumented(
      String name, String block, RequestContext context, boolean holds) {
    PolicyDocument policy =
        PolicyParser.parse(
            ("{'Version': '2012-10-17', 'Statement': {'Effect': 'Allow', 'Action': 's3:*',"
                    + " 'Resource': '*', 'Condition': "
                    + block
                    + "}}")
                .replace('\'', '"'));
    Request request =
        new Request(USER, "s3:ListBucket", RequestResource.of("arn:aws:s3:::b", ""), context);
    Decision decision = Evaluator.evaluate(request, PolicySet.identity(policy));
    assertThat(decision.result())
        .as("%s: %s with %s", name, block, context)
        .isEqualTo(holds ? Decision.Result.ALLOW : Decision.Result.IMPLICIT_DENY);
  }

  private static Arguments holds(String name, String block, RequestContext context) {
    return Arguments.of(name, block, context, true);
  }

  private static Arguments fails(String name, String block, RequestContext context) {
    return Arguments.of(name, block, context, false);
  }

  static RequestContext ctx(String key, String... values) {
    return RequestContext.of(Map.of(key, List.of(values)));
  }
}
