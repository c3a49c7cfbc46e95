package dev.oaa.jobs.cli.iac;

import static dev.oaa.jobs.cli.iac.Summaries.fixture;
import static dev.oaa.jobs.cli.iac.Summaries.json;
import static dev.oaa.jobs.cli.iac.Summaries.summaries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TerraformPlanTest {
  private static final String AFTER_APPLY =
      "`: the value is known only after apply (resource_changes[].change.after_unknown)";

  @Test
  void readsModulesUnknownValuesAndLambdaPermissions() {
    List<ExtractedPolicy> policies =
        TerraformPlan.extract(fixture("terraform/modules-and-unknowns.json"));

    assertThat(summaries(policies))
        .containsExactly(
            "aws_iam_role.app | app-role | RESOURCE_POLICY | AWS::IAM::AssumeRolePolicyDocument"
                + " | parsed",
            "aws_iam_role.app.inline_policy.0 | app-role | IDENTITY_POLICY | AWS::IAM::Role"
                + " | parsed",
            "aws_iam_role.app.inline_policy.1 | app-role | IDENTITY_POLICY | AWS::IAM::Role"
                + " | unresolvable: Cannot resolve `inline_policy.1.policy` of `aws_iam_role.app"
                + AFTER_APPLY,
            "aws_s3_bucket_policy.logs | logs-bucket | RESOURCE_POLICY | AWS::S3::Bucket"
                + " | unresolvable: Cannot resolve `policy` of `aws_s3_bucket_policy.logs"
                + AFTER_APPLY,
            "aws_sqs_queue_policy.broken | https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
                + " | RESOURCE_POLICY | AWS::SQS::Queue | invalid: Cannot parse policy at"
                + " /Statement/0 (line 1, column 41): a statement needs an `Action` or `NotAction`"
                + " element",
            "aws_lambda_permission.allow_sns | worker | RESOURCE_POLICY | AWS::Lambda::Function"
                + " | parsed",
            "aws_lambda_permission.unknown_source | worker | RESOURCE_POLICY"
                + " | AWS::Lambda::Function | unresolvable: Cannot resolve `source_arn` of"
                + " `aws_lambda_permission.unknown_source"
                + AFTER_APPLY,
            "aws_iam_user_policy.nameless | fakename | IDENTITY_POLICY | AWS::IAM::User | parsed",
            "module.storage.aws_s3_bucket_policy.this | fast--use1-az4--x-s3 | RESOURCE_POLICY"
                + " | AWS::S3Express::DirectoryBucket | parsed",
            "module.storage.module.keys[\"primary\"].aws_kms_key.this[0] | fakeName"
                + " | RESOURCE_POLICY | AWS::KMS::Key | parsed",
            "module.storage.module.keys[\"primary\"].aws_sns_topic.alerts | alerts"
                + " | RESOURCE_POLICY | AWS::SNS::Topic | unresolvable: Cannot resolve `policy`"
                + " of `module.storage.module.keys[\"primary\"].aws_sns_topic.alerts"
                + AFTER_APPLY);
    assertThat(json(policies.get(5)))
        .isEqualTo(
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"AllowSns\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"sns.amazonaws.com\"},"
                + "\"Action\":\"lambda:InvokeFunction\","
                + "\"Resource\":\"arn:aws:lambda:*:*:function:worker:live\","
                + "\"Condition\":{\"ArnLike\":"
                + "{\"AWS:SourceArn\":\"arn:aws:sns:us-east-1:123456789012:events\"}}}]}");
  }

  @Test
  void coversEveryResourceTypeWithItsAwsType() {
    List<ExtractedPolicy> policies = TerraformPlan.extract(fixture("terraform/all-types.json"));
    Map<String, String> types = new TreeMap<>();
    policies.forEach(
        p ->
            types.put(
                p.policyName(),
                p.policyType().name().charAt(0) + " " + p.awsType() + " " + p.resourceName()));

    assertThat(policies).allSatisfy(p -> assertThat(Summaries.content(p)).isEqualTo("parsed"));
    assertThat(types).containsExactlyEntriesOf(new TreeMap<>(expectedTypes()));
    assertThat(policies.stream().map(p -> p.policyName().replaceFirst("\\..*", "")).distinct())
        .containsExactlyInAnyOrderElementsOf(TerraformTypes.types());
  }

  private static Map<String, String> expectedTypes() {
    Map<String, String> m = new TreeMap<>();
    m.put("aws_iam_policy.all", "I AWS::IAM::ManagedPolicy managed");
    m.put("aws_iam_user_policy.all", "I AWS::IAM::User user-inline");
    m.put("aws_iam_group_policy.all", "I AWS::IAM::Group group-inline");
    m.put("aws_iam_role_policy.all", "I AWS::IAM::Role role-inline");
    m.put("aws_iam_role.all", "R AWS::IAM::AssumeRolePolicyDocument role");
    m.put("aws_iam_role.all.inline_policy.0", "I AWS::IAM::Role role");
    m.put(
        "aws_ssoadmin_permission_set_inline_policy.all",
        "I AWS::SSO::PermissionSet arn:aws:sso:::permissionSet/ssoins-1/ps-1");
    m.put("aws_transfer_access.all", "I AWS::Transfer::User S-1-1-12");
    m.put("aws_transfer_user.all", "I AWS::Transfer::User sftp");
    m.put("aws_iot_policy.all", "I AWS::IoT::Policy iot");
    m.put("aws_s3_bucket.all", "R AWS::S3::Bucket bucket");
    m.put("aws_s3_bucket_policy.all", "R AWS::S3::Bucket bucket-policy");
    m.put("aws_s3_access_point.all", "R AWS::S3::AccessPoint ap");
    m.put(
        "aws_s3control_access_point_policy.all",
        "R AWS::S3::AccessPoint arn:aws:s3:us-east-1:123456789012:accesspoint/ap");
    m.put(
        "aws_s3control_bucket_policy.all",
        "R AWS::S3Outposts::Bucket arn:aws:s3-outposts:us-east-1:123456789012:outpost/op-1/bucket/b");
    m.put(
        "aws_s3control_multi_region_access_point_policy.all.details.0",
        "R AWS::S3::MultiRegionAccessPoint mrap");
    m.put(
        "aws_s3control_object_lambda_access_point_policy.all",
        "R AWS::S3ObjectLambda::AccessPoint olap");
    m.put(
        "aws_s3tables_table_bucket_policy.all",
        "R AWS::S3Tables::TableBucket arn:aws:s3tables:us-east-1:123456789012:bucket/tb");
    m.put(
        "aws_s3tables_table_policy.all",
        "R AWS::S3Tables::Table arn:aws:s3tables:us-east-1:123456789012:bucket/tb");
    m.put("aws_sqs_queue.all", "R AWS::SQS::Queue queue");
    m.put(
        "aws_sqs_queue_policy.all",
        "R AWS::SQS::Queue https://sqs.us-east-1.amazonaws.com/123456789012/queue");
    m.put("aws_sns_topic.all", "R AWS::SNS::Topic topic");
    m.put("aws_sns_topic_policy.all", "R AWS::SNS::Topic arn:aws:sns:us-east-1:123456789012:topic");
    m.put("aws_kms_key.all", "R AWS::KMS::Key 1234abcd-12ab-34cd-56ef-1234567890ab");
    m.put("aws_kms_external_key.all", "R AWS::KMS::Key fakeName");
    m.put("aws_kms_replica_key.all", "R AWS::KMS::Key fakeName");
    m.put("aws_kms_replica_external_key.all", "R AWS::KMS::Key fakeName");
    m.put("aws_secretsmanager_secret.all", "R AWS::SecretsManager::Secret secret");
    m.put(
        "aws_secretsmanager_secret_policy.all",
        "R AWS::SecretsManager::Secret arn:aws:secretsmanager:us-east-1:123456789012:secret:s-AbCdEf");
    m.put("aws_ecr_repository_policy.all", "R AWS::ECR::Repository repo");
    m.put("aws_ecr_registry_policy.all", "R AWS::ECR::RegistryPolicy fakename");
    m.put("aws_ecrpublic_repository_policy.all", "R AWS::ECR::PublicRepository public-repo");
    m.put("aws_efs_file_system_policy.all", "R AWS::EFS::FileSystem fs-1234");
    m.put("aws_elasticsearch_domain.all", "R AWS::OpenSearchService::Domain es");
    m.put("aws_elasticsearch_domain_policy.all", "R AWS::OpenSearchService::Domain es-policy");
    m.put("aws_opensearch_domain.all", "R AWS::OpenSearchService::Domain os");
    m.put("aws_opensearch_domain_policy.all", "R AWS::OpenSearchService::Domain os-policy");
    m.put("aws_glacier_vault.all", "R AWS::S3::Glacier vault");
    m.put("aws_glacier_vault_lock.all", "R AWS::S3::Glacier vault");
    m.put("aws_backup_vault_policy.all", "R AWS::Backup::BackupVault backup");
    m.put("aws_codeartifact_domain_permissions_policy.all", "R AWS::CodeArtifact::Domain domain");
    m.put(
        "aws_codeartifact_repository_permissions_policy.all",
        "R AWS::CodeArtifact::Repository repository");
    m.put(
        "aws_dynamodb_resource_policy.all",
        "R AWS::DynamoDB::Stream"
            + " arn:aws:dynamodb:us-east-1:123456789012:table/t/stream/2024-01-01T00:00:00.000");
    m.put(
        "aws_kinesis_resource_policy.all",
        "R AWS::Kinesis::Stream arn:aws:kinesis:us-east-1:123456789012:stream/s");
    m.put("aws_api_gateway_rest_api.all", "R AWS::ApiGateway::RestApi api");
    m.put("aws_api_gateway_rest_api_policy.all", "R AWS::ApiGateway::RestApi a1b2c3");
    m.put("aws_cloudwatch_event_bus_policy.all", "R AWS::Events::EventBus bus");
    m.put("aws_cloudwatch_log_destination_policy.all", "R AWS::Logs::Destination dest");
    m.put("aws_cloudwatch_log_resource_policy.all", "R AWS::Logs::ResourcePolicy logs");
    m.put(
        "aws_codebuild_resource_policy.all",
        "R AWS::CodeBuild::Project arn:aws:codebuild:us-east-1:123456789012:project/p");
    m.put("aws_glue_resource_policy.all", "R AWS::Glue::DataCatalog fakeName");
    m.put("aws_media_store_container_policy.all", "R AWS::MediaStore::Container media");
    m.put(
        "aws_networkfirewall_resource_policy.all",
        "R AWS::NetworkFirewall::ResourcePolicy"
            + " arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/fp");
    m.put("aws_ses_identity_policy.all", "R AWS::SES::EmailIdentity example.com");
    m.put(
        "aws_sagemaker_model_package_group_policy.all",
        "R AWS::SageMaker::ModelPackageGroup models");
    m.put("aws_vpc_endpoint.all", "R AWS::EC2::VPCEndpoint fakeName");
    m.put(
        "aws_lambda_permission.all",
        "R AWS::Lambda::Function arn:aws:lambda:us-east-1:123456789012:function:fn");
    return m;
  }

  @Test
  void reportsUnknownPoliciesWhenThePlanHasNoConfiguration() {
    String plan =
        """
        {"planned_values": {"root_module": {"resources": [
           {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
            "values": {"name": "jobs"}}]}},
         "resource_changes": [
           {"address": "aws_sqs_queue.q", "change": {"after_unknown": {"policy": true}}}]}
        """;

    assertThat(summaries(TerraformPlan.extract(plan)))
        .containsExactly(
            "aws_sqs_queue.q | jobs | RESOURCE_POLICY | AWS::SQS::Queue | unresolvable: Cannot"
                + " resolve `policy` of `aws_sqs_queue.q"
                + AFTER_APPLY);
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertThatThrownBy(() -> TerraformPlan.extract("{\"planned_values\": "))
        .hasMessageStartingWith(
            "Cannot read Terraform plan: invalid JSON: Unexpected end-of-input");
  }

  @Test
  void rejectsJsonThatIsNotAPlan() {
    assertThatThrownBy(() -> TerraformPlan.extract("{\"values\": {\"root_module\": {}}}"))
        .hasMessage(
            "Cannot read Terraform plan at /planned_values/root_module: missing; expected the"
                + " output of `terraform show -json <planfile>`");
    assertThatThrownBy(() -> TerraformPlan.extract("[]"))
        .hasMessage("Cannot read Terraform plan: expected a JSON object");
  }

  @Test
  void readsModuleCallsFromAddresses() {
    assertThat(ModuleAddress.calls("module.a[\"x.y]\"].module.b[0].module.c"))
        .containsExactly("a", "b", "c");
    assertThat(ModuleAddress.calls("")).isEmpty();
  }
}
