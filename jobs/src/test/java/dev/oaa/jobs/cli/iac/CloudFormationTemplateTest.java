package dev.oaa.jobs.cli.iac;

import static dev.oaa.jobs.cli.iac.Summaries.fixture;
import static dev.oaa.jobs.cli.iac.Summaries.json;
import static dev.oaa.jobs.cli.iac.Summaries.summaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

  @Test
  void readsTheSameTemplateAlikeInJsonAndYaml() {
    List<ExtractedPolicy> yaml =
        CloudFormationTemplate.extract(fixture("cloudformation/equivalent.yaml"), "t.yaml");
    List<ExtractedPolicy> json =
        CloudFormationTemplate.extract(fixture("cloudformation/equivalent.json"), "t.json");

    assertThat(yaml).isEqualTo(json);
    assertThat(summaries(yaml))
        .containsExactly(
            "Store.ResourcePolicy | orders-blue | RESOURCE_POLICY | AWS::DynamoDB::Table | parsed",
            "Key.KeyPolicy | Key | RESOURCE_POLICY | AWS::KMS::Key | parsed",
            "Reader.TrustPolicy | Reader | RESOURCE_POLICY | AWS::IAM::AssumeRolePolicyDocument"
                + " | parsed");
    assertThat(json(yaml.get(0)))
        .contains(
            "\"Principal\":{\"AWS\":\"999988887777\"}", "\"aws:PrincipalTag/stage\":\"blue\"");
    assertThat(json(yaml.get(2)))
        .contains(
            "\"Federated\": \"arn:aws:iam::123456789012:oidc-provider/"
                + "token.actions.githubusercontent.com\"");
  }

  @Test
  void usesTheConfiguredAccountRegionPartitionAndParameters() {
    StackContext context =
        StackContext.defaults()
            .withAccountId("210987654321")
            .withRegion("cn-north-1")
            .withPartition("aws-cn")
            .withParameters(Map.of("Stage", "green"));

    List<ExtractedPolicy> policies =
        CloudFormationTemplate.extract(
            fixture("cloudformation/equivalent.yaml"), "t.yaml", context);

    // Stage green: the mapping has no such key and the key policy's condition is false.
    assertThat(summaries(policies))
        .containsExactly(
            "Store.ResourcePolicy | orders-green | RESOURCE_POLICY | AWS::DynamoDB::Table"
                + " | unresolvable: Cannot resolve `Fn::FindInMap` at"
                + " /Resources/Store/Properties/ResourcePolicy/PolicyDocument/Statement/0"
                + "/Principal/AWS/Fn::FindInMap: mapping `Partners` has no green/Account",
            "Reader.TrustPolicy | Reader | RESOURCE_POLICY | AWS::IAM::AssumeRolePolicyDocument"
                + " | parsed");
    assertThat(json(policies.get(1)))
        .contains("arn:aws-cn:iam::210987654321:oidc-provider/token.actions.githubusercontent.com");
  }

  @Test
  void coversEveryResourceTypeWithItsAwsType() throws IOException {
    List<ExtractedPolicy> policies =
        CloudFormationTemplate.extract(fixture("cloudformation/all-types.json"), "all-types.json");
    Map<String, String> types = new TreeMap<>();
    policies.forEach(
        p ->
            types.put(
                p.policyName(),
                p.policyType().name().charAt(0) + " " + p.awsType() + " " + p.resourceName()));

    assertThat(policies).allSatisfy(p -> assertThat(Summaries.content(p)).isEqualTo("parsed"));
    assertThat(types).containsExactlyEntriesOf(new TreeMap<>(expectedTypes()));
    List<String> fixtureTypes = new ArrayList<>();
    new ObjectMapper()
        .readTree(fixture("cloudformation/all-types.json"))
        .path("Resources")
        .forEach(r -> fixtureTypes.add(r.path("Type").asText()));
    assertThat(fixtureTypes)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(
                    CfnTypes.types().stream(),
                    Stream.of(
                        "AWS::IAM::Role",
                        "AWS::IAM::User",
                        "AWS::IAM::Group",
                        "AWS::SQS::QueuePolicy",
                        "AWS::SNS::TopicPolicy",
                        "AWS::Lambda::Permission",
                        "AWS::Lambda::LayerVersionPermission"))
                .toList());
  }

  private static Map<String, String> expectedTypes() {
    Map<String, String> m = new TreeMap<>();
    m.put("Managed.managed", "I AWS::IAM::ManagedPolicy managed");
    m.put("Inline.inline", "I AWS::IAM::Policy inline");
    m.put("RolePolicy.role-policy", "I AWS::IAM::Role r");
    m.put("UserPolicy.user-policy", "I AWS::IAM::User u");
    m.put("GroupPolicy.group-policy", "I AWS::IAM::Group g");
    m.put("PermissionSet.InlinePolicy", "I AWS::SSO::PermissionSet ps");
    m.put("Role.TrustPolicy", "R AWS::IAM::AssumeRolePolicyDocument role");
    m.put("Role.p0", "I AWS::IAM::Role role");
    m.put("User.p0", "I AWS::IAM::User User");
    m.put("Group.p0", "I AWS::IAM::Group group");
    m.put("BucketPolicy.BucketPolicy", "R AWS::S3::Bucket bucket");
    m.put(
        "DirectoryBucketPolicy.BucketPolicy",
        "R AWS::S3Express::DirectoryBucket fast--use1-az4--x-s3");
    m.put("AccessPoint.AccessPointPolicy", "R AWS::S3::AccessPoint ap");
    m.put(
        "DirectoryAccessPoint.AccessPointPolicy",
        "R AWS::S3Express::AccessPoint dap--use1-az4--xa-s3");
    m.put("Mrap.MultiRegionAccessPointPolicy", "R AWS::S3::MultiRegionAccessPoint mrap");
    m.put(
        "OutpostsBucketPolicy.BucketPolicy",
        "R AWS::S3Outposts::Bucket arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-1/bucket/b");
    m.put("OutpostsAccessPoint.AccessPointPolicy", "R AWS::S3Outposts::AccessPoint oap");
    m.put(
        "TableBucketPolicy.TableBucketPolicy",
        "R AWS::S3Tables::TableBucket arn:aws:s3tables:us-east-1:123456789012:bucket/tb");
    m.put(
        "TablePolicy.TablePolicy",
        "R AWS::S3Tables::Table arn:aws:s3tables:us-east-1:123456789012:bucket/tb/table/t");
    m.put("QueuePolicy.QueuePolicy", "R AWS::SQS::Queue queue");
    m.put(
        "QueueInlinePolicy.QueuePolicy",
        "R AWS::SQS::Queue https://sqs.us-east-1.amazonaws.com/123456789012/queue");
    m.put("TopicPolicy.TopicPolicy", "R AWS::SNS::Topic topic");
    m.put(
        "TopicInlinePolicy.TopicPolicy",
        "R AWS::SNS::Topic arn:aws:sns:us-east-1:123456789012:topic");
    m.put("Key.KeyPolicy", "R AWS::KMS::Key Key");
    m.put("ReplicaKey.KeyPolicy", "R AWS::KMS::Key ReplicaKey");
    m.put(
        "SecretPolicy.ResourcePolicy",
        "R AWS::SecretsManager::Secret arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf");
    m.put("Repository.RepositoryPolicy", "R AWS::ECR::Repository repo");
    m.put("RegistryPolicy.RegistryPolicy", "R AWS::ECR::RegistryPolicy RegistryPolicy");
    m.put("Api.Policy", "R AWS::ApiGateway::RestApi api");
    m.put("Vault.AccessPolicy", "R AWS::Backup::BackupVault vault");
    m.put("Domain.PermissionsPolicyDocument", "R AWS::CodeArtifact::Domain domain");
    m.put(
        "ArtifactRepository.PermissionsPolicyDocument",
        "R AWS::CodeArtifact::Repository artifacts");
    m.put(
        "TrailPolicy.ResourcePolicy",
        "R AWS::CloudTrail::EventDataStore arn:aws:cloudtrail:us-east-1:123456789012:eventdatastore/eds");
    m.put("Table.ResourcePolicy", "R AWS::DynamoDB::Table table");
    m.put("Table.StreamResourcePolicy", "R AWS::DynamoDB::Stream table");
    m.put(
        "StreamPolicy.ResourcePolicy",
        "R AWS::Kinesis::StreamConsumer arn:aws:kinesis:us-east-1:123456789012:stream/s/consumer/c:1");
    m.put("Search.AccessPolicies", "R AWS::OpenSearchService::Domain search");
    m.put("LegacySearch.AccessPolicies", "R AWS::OpenSearchService::Domain legacy");
    m.put("FileSystem.FileSystemPolicy", "R AWS::EFS::FileSystem FileSystem");
    m.put("Bus.Policy", "R AWS::Events::EventBus bus");
    m.put("LogsPolicy.ResourcePolicy", "R AWS::Logs::ResourcePolicy logs");
    m.put("Destination.DestinationPolicy", "R AWS::Logs::Destination dest");
    m.put("Endpoint.EndpointPolicy", "R AWS::EC2::VPCEndpoint Endpoint");
    m.put("Permission.PermissionsPolicy", "R AWS::Lambda::Function fn");
    m.put("LayerPermission.LayerVersionPermission", "R AWS::Lambda::LayerVersion shared:3");
    return m;
  }

  @Test
  void readsYamlInATemplateFileAndJsonInAYamlFile() {
    String yaml =
        "Resources:\n  Q:\n    Type: AWS::SQS::QueueInlinePolicy\n    Properties:\n"
            + "      Queue: !Ref AWS::NoValue\n      PolicyDocument: {Statement: []}\n";
    String json = "{\"Resources\": {\"K\": {\"Type\": \"AWS::KMS::Key\"}}}";

    assertThat(summaries(CloudFormationTemplate.extract(yaml, "stack.template")))
        .containsExactly("Q.QueuePolicy | Q | RESOURCE_POLICY | AWS::SQS::Queue | parsed");
    assertThat(CloudFormationTemplate.extract(json, "stack.yaml")).isEmpty();
  }

  @Test
  void rejectsFilesThatAreNotTemplates() {
    assertThatThrownBy(() -> CloudFormationTemplate.extract("Resources: [a", "bad.yaml"))
        .hasMessageStartingWith("Cannot read CloudFormation template `bad.yaml` at line 1,");
    assertThatThrownBy(() -> CloudFormationTemplate.extract("{\"Resources\": 1}", "t.json"))
        .hasMessage(
            "Cannot read CloudFormation template `t.json` at /Resources: expected a mapping of"
                + " logical ids");
    assertThatThrownBy(
            () ->
                CloudFormationTemplate.extract("Resources:\n  R:\n    Properties: {}\n", "t.yaml"))
        .hasMessage(
            "Cannot read CloudFormation template `t.yaml` at /Resources/R: a resource needs a"
                + " `Type` string");
    assertThatThrownBy(() -> CloudFormationTemplate.extract("", "t.yaml"))
        .hasMessage(
            "Cannot read CloudFormation template `t.yaml` at line 1, column 1: the template is"
                + " empty");
    assertThatThrownBy(
            () ->
                CloudFormationTemplate.extract("{\"Resources\": {}, \"Resources\": {}}", "t.json"))
        .hasMessage(
            "Cannot read CloudFormation template `t.json` at line 1, column 30: Duplicate field"
                + " 'Resources'");
  }

  @Test
  void rejectsDuplicateKeysAndAliasesInYaml() {
    assertThatThrownBy(
            () -> CloudFormationTemplate.extract("Resources: {}\nResources: {}\n", "t.yaml"))
        .hasMessageStartingWith(
            "Cannot read CloudFormation template `t.yaml` at line 2, column 10: Duplicate field"
                + " 'Resources'");
    String alias = "Resources:\n  A: &doc {Type: AWS::SQS::Queue}\n  B: *doc\n";
    assertThatThrownBy(() -> CloudFormationTemplate.extract(alias, "t.yaml"))
        .hasMessage(
            "Cannot read CloudFormation template `t.yaml` at line 3, column 6: YAML aliases are"
                + " not supported; write the value out");
  }
}
