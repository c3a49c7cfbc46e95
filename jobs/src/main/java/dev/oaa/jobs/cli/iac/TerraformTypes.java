package dev.oaa.jobs.cli.iac;

import static dev.oaa.reasoning.analysis.PolicyType.IDENTITY_POLICY;
import static dev.oaa.reasoning.analysis.PolicyType.RESOURCE_POLICY;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the AWS provider keeps IAM policies, per Terraform resource type: the attribute, the kind
 * of policy, what it is attached to, and which attribute names the resource. Resource names fall
 * back to terraform-iam-policy-validator's placeholders (such as {@code fakeBucket}) when the value
 * is unknown at plan time, so that findings compare equal with that tool's.
 */
final class TerraformTypes {
  /**
   * One policy-valued attribute of a resource type.
   *
   * @param attribute {@code policy}, or {@code block.key} for a policy inside a nested block list
   * @param policyType identity or resource policy
   * @param awsType what the policy is attached to, computed from the resource's values
   * @param nameAttribute the attribute whose value names the resource ({@code block.key} allowed),
   *     or the empty string when no attribute names it
   * @param fallbackName the name to print when that attribute is unknown
   */
  record Spec(
      String attribute,
      PolicyType policyType,
      Function<JsonNode, String> awsType,
      String nameAttribute,
      String fallbackName) {

    /** The block of a nested attribute such as {@code inline_policy.policy}, if any. */
    Optional<String> block() {
      int dot = attribute.indexOf('.');
      return dot < 0 ? Optional.empty() : Optional.of(attribute.substring(0, dot));
    }

    /** The attribute inside the block, or the attribute itself. */
    String key() {
      return attribute.substring(attribute.indexOf('.') + 1);
    }
  }

  /** The resource type that is turned into a policy rather than holding one. */
  static final String LAMBDA_PERMISSION = "aws_lambda_permission";

  private static final Map<String, List<Spec>> SPECS = new HashMap<>();

  static {
    identity("aws_iam_policy", "policy", "AWS::IAM::ManagedPolicy", "name", "fakename");
    identity("aws_iam_user_policy", "policy", "AWS::IAM::User", "name", "fakename");
    identity("aws_iam_group_policy", "policy", "AWS::IAM::Group", "name", "fakename");
    identity("aws_iam_role_policy", "policy", "AWS::IAM::Role", "name", "fakename");
    SPECS.put(
        "aws_iam_role",
        List.of(
            spec(
                "assume_role_policy",
                RESOURCE_POLICY,
                fixed(ResourceType.IAM_ASSUME_ROLE_POLICY_DOCUMENT),
                "name",
                "fakename"),
            spec(
                "inline_policy.policy",
                IDENTITY_POLICY,
                fixed("AWS::IAM::Role"),
                "name",
                "fakename")));
    identity(
        "aws_ssoadmin_permission_set_inline_policy",
        "inline_policy",
        "AWS::SSO::PermissionSet",
        "permission_set_arn",
        "fakePermissionSetArn");
    identity(
        "aws_transfer_access", "policy", "AWS::Transfer::User", "external_id", "fakeExternalId");
    identity("aws_transfer_user", "policy", "AWS::Transfer::User", "user_name", "fakeUserName");
    identity("aws_iot_policy", "policy", "AWS::IoT::Policy", "name", "fakename");

    SPECS.put(
        "aws_s3_bucket",
        List.of(spec("policy", RESOURCE_POLICY, TerraformTypes::s3Bucket, "bucket", "fakeBucket")));
    SPECS.put(
        "aws_s3_bucket_policy",
        List.of(spec("policy", RESOURCE_POLICY, TerraformTypes::s3Bucket, "bucket", "fakeBucket")));
    resource("aws_s3_access_point", "policy", ResourceType.S3_ACCESS_POINT, "name", "fakename");
    resource(
        "aws_s3control_access_point_policy",
        "policy",
        ResourceType.S3_ACCESS_POINT,
        "access_point_arn",
        "fakeAccessPointArn");
    resource(
        "aws_s3control_bucket_policy",
        "policy",
        ResourceType.S3_OUTPOSTS_BUCKET,
        "bucket",
        "fakeBucket");
    other(
        "aws_s3control_multi_region_access_point_policy",
        "details.policy",
        "AWS::S3::MultiRegionAccessPoint",
        "details.name",
        "fakename");
    other(
        "aws_s3control_object_lambda_access_point_policy",
        "policy",
        "AWS::S3ObjectLambda::AccessPoint",
        "name",
        "fakename");
    resource(
        "aws_s3tables_table_bucket_policy",
        "resource_policy",
        ResourceType.S3_TABLES_TABLE_BUCKET,
        "table_bucket_arn",
        "fakeTableBucketARN");
    resource(
        "aws_s3tables_table_policy",
        "resource_policy",
        ResourceType.S3_TABLES_TABLE,
        "table_bucket_arn",
        "fakeTableBucketARN");
    resource("aws_sqs_queue", "policy", ResourceType.SQS_QUEUE, "name", "fakename");
    resource("aws_sqs_queue_policy", "policy", ResourceType.SQS_QUEUE, "queue_url", "fakeQueueUrl");
    resource("aws_sns_topic", "policy", ResourceType.SNS_TOPIC, "name", "fakename");
    resource("aws_sns_topic_policy", "policy", ResourceType.SNS_TOPIC, "arn", "fakename");
    for (String kms :
        List.of(
            "aws_kms_key",
            "aws_kms_external_key",
            "aws_kms_replica_key",
            "aws_kms_replica_external_key")) {
      resource(kms, "policy", ResourceType.KMS_KEY, "key_id", "fakeName");
    }
    resource(
        "aws_secretsmanager_secret",
        "policy",
        ResourceType.SECRETS_MANAGER_SECRET,
        "name",
        "fakename");
    resource(
        "aws_secretsmanager_secret_policy",
        "policy",
        ResourceType.SECRETS_MANAGER_SECRET,
        "secret_arn",
        "fakeSecretArn");
    resource(
        "aws_ecr_repository_policy",
        "policy",
        ResourceType.ECR_REPOSITORY,
        "repository",
        "fakeRepositoryName");
    other("aws_ecr_registry_policy", "policy", "AWS::ECR::RegistryPolicy", "", "fakename");
    other(
        "aws_ecrpublic_repository_policy",
        "policy",
        "AWS::ECR::PublicRepository",
        "repository_name",
        "fakeRepositoryName");
    resource(
        "aws_efs_file_system_policy",
        "policy",
        ResourceType.EFS_FILE_SYSTEM,
        "file_system_id",
        "fakeFileSystemId");
    for (String domain :
        List.of(
            "aws_elasticsearch_domain",
            "aws_elasticsearch_domain_policy",
            "aws_opensearch_domain",
            "aws_opensearch_domain_policy")) {
      resource(
          domain,
          "access_policies",
          ResourceType.OPENSEARCH_DOMAIN,
          "domain_name",
          "fakeDomainName");
    }
    resource("aws_glacier_vault", "access_policy", ResourceType.S3_GLACIER, "name", "fakename");
    resource(
        "aws_glacier_vault_lock", "policy", ResourceType.S3_GLACIER, "vault_name", "fakeVaultName");
    resource(
        "aws_backup_vault_policy",
        "policy",
        ResourceType.BACKUP_VAULT,
        "backup_vault_name",
        "fakeBackupVaultName");
    resource(
        "aws_codeartifact_domain_permissions_policy",
        "policy_document",
        ResourceType.CODEARTIFACT_DOMAIN,
        "domain",
        "fakeDomain");
    other(
        "aws_codeartifact_repository_permissions_policy",
        "policy_document",
        "AWS::CodeArtifact::Repository",
        "repository",
        "fakeRepository");
    SPECS.put(
        "aws_dynamodb_resource_policy",
        List.of(
            spec(
                "policy",
                RESOURCE_POLICY,
                TerraformTypes::dynamoDb,
                "resource_arn",
                "fakeResourceArn")));
    SPECS.put(
        "aws_kinesis_resource_policy",
        List.of(
            spec(
                "policy",
                RESOURCE_POLICY,
                TerraformTypes::kinesis,
                "resource_arn",
                "fakeResourceArn")));
    resource(
        "aws_api_gateway_rest_api",
        "policy",
        ResourceType.API_GATEWAY_REST_API,
        "name",
        "fakename");
    resource(
        "aws_api_gateway_rest_api_policy",
        "policy",
        ResourceType.API_GATEWAY_REST_API,
        "rest_api_id",
        "fakeRestApiId");
    other(
        "aws_cloudwatch_event_bus_policy",
        "policy",
        "AWS::Events::EventBus",
        "event_bus_name",
        "fakeEventBusName");
    other(
        "aws_cloudwatch_log_destination_policy",
        "access_policy",
        "AWS::Logs::Destination",
        "destination_name",
        "fakeDestinationName");
    other(
        "aws_cloudwatch_log_resource_policy",
        "policy_document",
        "AWS::Logs::ResourcePolicy",
        "policy_name",
        "fakename");
    other(
        "aws_codebuild_resource_policy",
        "policy",
        "AWS::CodeBuild::Project",
        "resource_arn",
        "fakename");
    other("aws_glue_resource_policy", "policy", "AWS::Glue::DataCatalog", "", "fakeName");
    other(
        "aws_media_store_container_policy",
        "policy",
        "AWS::MediaStore::Container",
        "container_name",
        "fakeContainerName");
    other(
        "aws_networkfirewall_resource_policy",
        "policy",
        "AWS::NetworkFirewall::ResourcePolicy",
        "resource_arn",
        "fakeResourceArn");
    other("aws_ses_identity_policy", "policy", "AWS::SES::EmailIdentity", "identity", "fakename");
    other(
        "aws_sagemaker_model_package_group_policy",
        "resource_policy",
        "AWS::SageMaker::ModelPackageGroup",
        "model_package_group_name",
        "fakeModelPackageGroupName");
    other("aws_vpc_endpoint", "policy", "AWS::EC2::VPCEndpoint", "", "fakeName");
    SPECS.put(
        LAMBDA_PERMISSION,
        List.of(
            spec(
                "policy",
                RESOURCE_POLICY,
                fixed(ResourceType.LAMBDA_FUNCTION),
                "function_name",
                "fakeFunctionName")));
  }

  private TerraformTypes() {}

  /** The policy attributes of {@code type}; empty for a type that holds no IAM policy. */
  static List<Spec> specs(String type) {
    return SPECS.getOrDefault(type, List.of());
  }

  /** The resource types this class knows, for documentation and tests. */
  static List<String> types() {
    return SPECS.keySet().stream().sorted().toList();
  }

  private static void identity(
      String type, String attribute, String awsType, String name, String fallback) {
    SPECS.put(type, List.of(spec(attribute, IDENTITY_POLICY, fixed(awsType), name, fallback)));
  }

  private static void resource(
      String type, String attribute, ResourceType awsType, String name, String fallback) {
    SPECS.put(type, List.of(spec(attribute, RESOURCE_POLICY, fixed(awsType), name, fallback)));
  }

  private static void other(
      String type, String attribute, String awsType, String name, String fallback) {
    SPECS.put(type, List.of(spec(attribute, RESOURCE_POLICY, fixed(awsType), name, fallback)));
  }

  private static Spec spec(
      String attribute,
      PolicyType kind,
      Function<JsonNode, String> awsType,
      String name,
      String fallback) {
    return new Spec(attribute, kind, awsType, name, fallback);
  }

  private static Function<JsonNode, String> fixed(ResourceType type) {
    return fixed(type.awsName());
  }

  private static Function<JsonNode, String> fixed(String awsType) {
    return values -> awsType;
  }

  /** General purpose buckets, or directory buckets, whose names end in {@code --x-s3}. */
  private static String s3Bucket(JsonNode values) {
    return values.path("bucket").asText("").endsWith("--x-s3")
        ? ResourceType.S3_EXPRESS_DIRECTORY_BUCKET.awsName()
        : ResourceType.S3_BUCKET.awsName();
  }

  /** A table, or a stream when the ARN names one. */
  private static String dynamoDb(JsonNode values) {
    return values.path("resource_arn").asText("").contains("/stream/")
        ? ResourceType.DYNAMODB_STREAM.awsName()
        : ResourceType.DYNAMODB_TABLE.awsName();
  }

  /** A stream, or a stream consumer when the ARN names one. */
  private static String kinesis(JsonNode values) {
    return values.path("resource_arn").asText("").toLowerCase(Locale.ROOT).contains("/consumer/")
        ? ResourceType.KINESIS_STREAM_CONSUMER.awsName()
        : ResourceType.KINESIS_STREAM.awsName();
  }
}
