package dev.oaa.jobs.cli.iac;

import static dev.oaa.jobs.cli.iac.Summaries.content;
import static dev.oaa.jobs.cli.iac.Summaries.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Intrinsic functions as seen through the Resource of one managed policy. */
class IntrinsicsTest {
  private static final String PATH = "/Resources/P/Properties/PolicyDocument/Statement/0/Resource";

  private static final String TEMPLATE =
      """
      Parameters:
        Env: {Type: String, Default: prod}
        NoDefault: {Type: String}
        Arns: {Type: List<String>, Default: "arn:aws:s3:::a,arn:aws:s3:::b"}
      Conditions:
        Unknown: !Equals [!Ref NoDefault, x]
      Resources:
        Loop:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: !Sub "${Loop}-x"
        Queue:
          Type: AWS::SQS::Queue
        Custom:
          Type: Custom::Thing
        P:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Action: "*"
                  Resource: %s
      """;

  private static ExtractedPolicy policy(String resource) {
    return policy(resource, StackContext.defaults());
  }

  private static ExtractedPolicy policy(String resource, StackContext context) {
    List<ExtractedPolicy> policies =
        CloudFormationTemplate.extract(TEMPLATE.formatted(resource), "t.yaml", context);
    assertThat(policies).hasSize(1);
    return policies.get(0);
  }

  private static String resource(String expression) {
    String json = json(policy(expression));
    return json.substring(
        json.indexOf("\"Resource\":") + "\"Resource\":".length(), json.length() - 3);
  }

  @Test
  void evaluatesSupportedFunctions() {
    assertThat(resource("!Sub ['arn:aws:s3:::${B}/${Env}', {B: !Select [1, !Ref Arns]}]"))
        .isEqualTo("\"arn:aws:s3:::arn:aws:s3:::b/prod\"");
    assertThat(resource("!Ref Arns")).isEqualTo("[\"arn:aws:s3:::a\",\"arn:aws:s3:::b\"]");
    assertThat(resource("!Join [',', !Split ['|', 'a|b']]")).isEqualTo("\"a,b\"");
    assertThat(resource("!Sub 'n-${AWS::StackName}-${AWS::StackId}'"))
        .isEqualTo(
            "\"n-StackName-arn:aws:cloudformation:us-east-1:123456789012:stack/StackName/"
                + "00000000-0000-0000-0000-000000000000\"");
    assertThat(resource("!Sub '${Queue.QueueName}:${Queue.QueueUrl}'"))
        .isEqualTo("\"Queue:https://sqs.us-east-1.amazonaws.com/123456789012/Queue\"");
    assertThat(resource("!Sub 'x${!Literal}'")).isEqualTo("\"x${Literal}\"");
    assertThat(resource("!Join ['', [!Length [a, b, c]]]")).isEqualTo("\"3\"");
    assertThat(resource("{'Fn::GetAtt': Queue.Arn}"))
        .isEqualTo("\"arn:aws:sqs:us-east-1:123456789012:Queue\"");
  }

  @Test
  void givenParameterValuesWinOverDefaults() {
    ExtractedPolicy p =
        policy(
            "!Sub 'arn:aws:s3:::${NoDefault}-${Env}'",
            StackContext.defaults().withParameters(Map.of("NoDefault", "given", "Env", "dev")));
    assertThat(json(p)).contains("\"Resource\":\"arn:aws:s3:::given-dev\"");
  }

  @Test
  void reportsEachUnresolvableFunctionWithItsPath() {
    assertThat(content(policy("!Ref NoDefault")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Ref` to parameter `NoDefault` at "
                + PATH
                + "/Ref: it has no Default and no value was given");
    assertThat(content(policy("!Ref Nothing")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Ref` to `Nothing` at "
                + PATH
                + "/Ref: no parameter, pseudo parameter or resource has this name");
    assertThat(content(policy("!Sub 'arn:aws:s3:::b/${aws:username}'")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Ref` to `aws:username` at "
                + PATH
                + "/Fn::Sub (${aws:username}): no parameter, pseudo parameter or resource has this"
                + " name; write `${!aws:username}` for an IAM policy variable");
    assertThat(content(policy("!GetAtt Queue.Owner")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Fn::GetAtt` Queue.Owner at "
                + PATH
                + "/Fn::GetAtt: attribute of `AWS::SQS::Queue` is not supported");
    assertThat(content(policy("!Ref Custom")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Ref` to `Custom` at "
                + PATH
                + "/Ref: resource type `Custom::Thing` is not supported");
    assertThat(content(policy("!Select [0, !GetAZs '']")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Fn::GetAZs` at "
                + PATH
                + "/Fn::Select/1/Fn::GetAZs: this function is evaluated only at deployment");
    assertThat(content(policy("'{{resolve:ssm:/arn:1}}'")))
        .isEqualTo(
            "unresolvable: Cannot resolve dynamic reference `{{resolve:ssm:/arn:1}}` at "
                + PATH
                + ": its value is read at deployment");
    assertThat(content(policy("!Select [5, !Ref Arns]")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Fn::Select` at "
                + PATH
                + "/Fn::Select: index 5 is outside a list of 2");
    assertThat(content(policy("!Ref Loop")))
        .isEqualTo(
            "unresolvable: Cannot resolve the name of `Loop` at "
                + "/Resources/Loop/Properties/BucketName/Fn::Sub (${Loop}): it depends on itself");
    assertThat(content(policy("!If [Unknown, a, b]")))
        .isEqualTo(
            "unresolvable: Cannot resolve `Ref` to parameter `NoDefault` at"
                + " /Conditions/Unknown/Fn::Equals/0/Ref: it has no Default and no value was given");
    assertThat(content(policy("!If [Missing, a, b]")))
        .isEqualTo(
            "unresolvable: Cannot resolve condition `Missing` at "
                + PATH
                + "/Fn::If/0: it is not defined");
  }
}
