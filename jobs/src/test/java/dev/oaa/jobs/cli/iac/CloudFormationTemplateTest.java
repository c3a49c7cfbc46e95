package dev.oaa.jobs.cli.iac;

import static dev.oaa.jobs.cli.iac.Summaries.fixture;
import static dev.oaa.jobs.cli.iac.Summaries.json;
import static dev.oaa.jobs.cli.iac.Summaries.summaries;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloudFormationTemplateTest {
  @Test
  void extractsEveryPolicyWithIntrinsicsResolved() {
    List<ExtractedPolicy> policies =
        CloudFormationTemplate.extract(fixture("cloudformation/template.yaml"), "template.yaml");

    assertThat(summaries(policies))
        .containsExactly(
            "DataBucketPolicy.BucketPolicy | prod-data-123456789012 | RESOURCE_POLICY"
                + " | AWS::S3::Bucket | parsed",
            "AppRole.TrustPolicy | app-prod | RESOURCE_POLICY"
                + " | AWS::IAM::AssumeRolePolicyDocument | parsed",
            "AppRole.ReadOwnPrefix | app-prod | IDENTITY_POLICY | AWS::IAM::Role | parsed",
            "AppRole.Queues | app-prod | IDENTITY_POLICY | AWS::IAM::Role | parsed",
            "ManagedLogs.ManagedLogs | ManagedLogs | IDENTITY_POLICY | AWS::IAM::ManagedPolicy"
                + " | parsed",
            "QueuePolicy.QueuePolicy | jobs | RESOURCE_POLICY | AWS::SQS::Queue | parsed",
            "QueuePolicy.QueuePolicy | DeadLetters | RESOURCE_POLICY | AWS::SQS::Queue | parsed",
            "ImportedPolicy.BucketPolicy | ImportedPolicy | RESOURCE_POLICY | AWS::S3::Bucket"
                + " | unresolvable: Cannot resolve `Fn::ImportValue` at"
                + " /Resources/ImportedPolicy/Properties/PolicyDocument/Statement/0/Resource"
                + "/Fn::ImportValue: this function is evaluated only at deployment",
            "Invoke.PermissionsPolicy | worker | RESOURCE_POLICY | AWS::Lambda::Function"
                + " | parsed",
            "Api.Policies | Api | IDENTITY_POLICY | AWS::Serverless | unresolvable: Cannot"
                + " resolve /Resources/Api/Properties/Policies: the SAM transform is not"
                + " evaluated; check the template that `sam package` or the AWS::Serverless"
                + " transform produces",
            "AmiReader.ami-reader | ami-reader | IDENTITY_POLICY | AWS::IAM::Policy"
                + " | unresolvable: Cannot resolve `Ref` to parameter `LatestAmi` at"
                + " /Resources/AmiReader/Properties/PolicyDocument/Statement/0/Resource/Fn::Sub"
                + " (${LatestAmi}): its type `AWS::SSM::Parameter::Value<String>` is read from"
                + " SSM");
  }

  @Test
  void resolvesSubJoinGetAttFindInMapAndConditions() {
    List<ExtractedPolicy> policies =
        CloudFormationTemplate.extract(fixture("cloudformation/template.yaml"), "template.yaml");

    assertThat(json(policies.get(0)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"prodRead\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                + "\"Action\":[\"s3:GetObject\"],"
                + "\"Resource\":\"arn:aws:s3:::prod-data-123456789012/*\"},"
                + "{\"Sid\":\"Audit\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"},"
                + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::prod-data-123456789012\"},"
                + "{\"Sid\":\"DenyInsecure\",\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::prod-data-123456789012/*\","
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}");
    assertThat(json(policies.get(1)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},"
                + "\"Action\":\"sts:AssumeRole\"}]}");
    assertThat(json(policies.get(2)))
        .contains("\"Resource\":\"arn:aws:s3:::prod-data-123456789012/home/${aws:username}/*\"");
    assertThat(json(policies.get(3)))
        .isEqualTo(
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"sqs:SendMessage\"],"
                + "\"Resource\":[\"arn:aws:sqs:us-east-1:123456789012:jobs\","
                + "\"arn:aws:sqs:us-east-1:123456789012:DeadLetters\"],"
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceVpc\":\"vpc-2\"}}}]}");
    assertThat(json(policies.get(4)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"unresolved\","
                + "\"Effect\":\"Allow\",\"Action\":\"logs:PutLogEvents\","
                + "\"Resource\":\"arn:aws:logs:us-east-1:123456789012:log-group:/app/prod:*\"}]}");
    assertThat(json(policies.get(5)))
        .contains("\"aws:SourceArn\":\"arn:aws:sns:us-east-1:123456789012:Alerts\"");
    assertThat(json(policies.get(8)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"s3.amazonaws.com\"},"
                + "\"Action\":\"lambda:InvokeFunction\","
                + "\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:worker\","
                + "\"Condition\":{\"ArnLike\":{\"AWS:SourceArn\":\"arn:aws:s3:::prod-data-123456789012\"},"
                + "\"StringEquals\":{\"AWS:SourceAccount\":\"123456789012\"}}}]}");
  }
}
