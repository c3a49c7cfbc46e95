package dev.oaa.jobs.cli.iac;

import static dev.oaa.reasoning.analysis.PolicyType.IDENTITY_POLICY;
import static dev.oaa.reasoning.analysis.PolicyType.RESOURCE_POLICY;

import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where CloudFormation resource types keep an IAM policy in one property. Types with lists of
 * policies or with a policy built from other properties ({@code AWS::IAM::Role}, {@code
 * AWS::IAM::User}, {@code AWS::IAM::Group}, {@code AWS::SQS::QueuePolicy}, {@code
 * AWS::SNS::TopicPolicy}, {@code AWS::Lambda::Permission}, {@code
 * AWS::Lambda::LayerVersionPermission}) are handled by {@link CfnPolicies} directly.
 */
final class CfnTypes {
  /**
   * One policy-valued property.
   *
   * @param property the property, or a dotted path such as {@code ResourcePolicy.PolicyDocument}
   * @param suffix the policy name after the logical id, such as {@code BucketPolicy}
   * @param suffixProperty a property whose value names the policy instead (such as {@code
   *     PolicyName}), or the empty string
   * @param policyType identity or resource policy
   * @param awsType what the policy is attached to, from the resolved resource name (for types that
   *     tell streams from consumers by ARN)
   * @param nameProperty the property naming the resource, or the empty string for the logical id
   * @param required whether the type requires the property (a missing one is then reported)
   */
  record Spec(
      String property,
      String suffix,
      String suffixProperty,
      PolicyType policyType,
      UnaryOperator<String> awsType,
      String nameProperty,
      boolean required) {}

  private static final Map<String, List<Spec>> SPECS = new HashMap<>();

  static {
    named(
        "AWS::IAM::ManagedPolicy",
        "ManagedPolicyName",
        "AWS::IAM::ManagedPolicy",
        "ManagedPolicyName");
    named("AWS::IAM::Policy", "PolicyName", "AWS::IAM::Policy", "PolicyName");
    named("AWS::IAM::RolePolicy", "PolicyName", "AWS::IAM::Role", "RoleName");
    named("AWS::IAM::UserPolicy", "PolicyName", "AWS::IAM::User", "UserName");
    named("AWS::IAM::GroupPolicy", "PolicyName", "AWS::IAM::Group", "GroupName");
    put(
        "AWS::SSO::PermissionSet",
        spec(
            "InlinePolicy",
            "InlinePolicy",
            IDENTITY_POLICY,
            fixed("AWS::SSO::PermissionSet"),
            "Name",
            false));
    resource(
        "AWS::S3::BucketPolicy",
        "PolicyDocument",
        "BucketPolicy",
        ResourceType.S3_BUCKET,
        "Bucket",
        true);
    resource(
        "AWS::S3Express::BucketPolicy",
        "PolicyDocument",
        "BucketPolicy",
        ResourceType.S3_EXPRESS_DIRECTORY_BUCKET,
        "Bucket",
        true);
    resource(
        "AWS::S3::AccessPoint",
        "Policy",
        "AccessPointPolicy",
        ResourceType.S3_ACCESS_POINT,
        "Name",
        false);
    resource(
        "AWS::S3Express::AccessPoint",
        "Policy",
        "AccessPointPolicy",
        ResourceType.S3_EXPRESS_ACCESS_POINT,
        "Name",
        false);
    other(
        "AWS::S3::MultiRegionAccessPointPolicy",
        "Policy",
        "MultiRegionAccessPointPolicy",
        "AWS::S3::MultiRegionAccessPoint",
        "MrapName",
        true);
    resource(
        "AWS::S3Outposts::BucketPolicy",
        "PolicyDocument",
        "BucketPolicy",
        ResourceType.S3_OUTPOSTS_BUCKET,
        "Bucket",
        true);
    resource(
        "AWS::S3Outposts::AccessPoint",
        "Policy",
        "AccessPointPolicy",
        ResourceType.S3_OUTPOSTS_ACCESS_POINT,
        "Name",
        false);
    resource(
        "AWS::S3Tables::TableBucketPolicy",
        "ResourcePolicy",
        "TableBucketPolicy",
        ResourceType.S3_TABLES_TABLE_BUCKET,
        "TableBucketARN",
        true);
    resource(
        "AWS::S3Tables::TablePolicy",
        "ResourcePolicy",
        "TablePolicy",
        ResourceType.S3_TABLES_TABLE,
        "TableARN",
        true);
    resource(
        "AWS::SQS::QueueInlinePolicy",
        "PolicyDocument",
        "QueuePolicy",
        ResourceType.SQS_QUEUE,
        "Queue",
        true);
    resource(
        "AWS::SNS::TopicInlinePolicy",
        "PolicyDocument",
        "TopicPolicy",
        ResourceType.SNS_TOPIC,
        "TopicArn",
        true);
    resource("AWS::KMS::Key", "KeyPolicy", "KeyPolicy", ResourceType.KMS_KEY, "", false);
    resource("AWS::KMS::ReplicaKey", "KeyPolicy", "KeyPolicy", ResourceType.KMS_KEY, "", true);
    resource(
        "AWS::SecretsManager::ResourcePolicy",
        "ResourcePolicy",
        "ResourcePolicy",
        ResourceType.SECRETS_MANAGER_SECRET,
        "SecretId",
        true);
    resource(
        "AWS::ECR::Repository",
        "RepositoryPolicyText",
        "RepositoryPolicy",
        ResourceType.ECR_REPOSITORY,
        "RepositoryName",
        false);
    other(
        "AWS::ECR::RegistryPolicy",
        "PolicyText",
        "RegistryPolicy",
        "AWS::ECR::RegistryPolicy",
        "",
        true);
    resource(
        "AWS::ApiGateway::RestApi",
        "Policy",
        "Policy",
        ResourceType.API_GATEWAY_REST_API,
        "Name",
        false);
    resource(
        "AWS::Backup::BackupVault",
        "AccessPolicy",
        "AccessPolicy",
        ResourceType.BACKUP_VAULT,
        "BackupVaultName",
        false);
    resource(
        "AWS::CodeArtifact::Domain",
        "PermissionsPolicyDocument",
        "PermissionsPolicyDocument",
        ResourceType.CODEARTIFACT_DOMAIN,
        "DomainName",
        false);
    other(
        "AWS::CodeArtifact::Repository",
        "PermissionsPolicyDocument",
        "PermissionsPolicyDocument",
        "AWS::CodeArtifact::Repository",
        "RepositoryName",
        false);
    put(
        "AWS::CloudTrail::ResourcePolicy",
        spec(
            "ResourcePolicy",
            "ResourcePolicy",
            RESOURCE_POLICY,
            CfnTypes::cloudTrail,
            "ResourceArn",
            true));
    put(
        "AWS::Kinesis::ResourcePolicy",
        spec(
            "ResourcePolicy",
            "ResourcePolicy",
            RESOURCE_POLICY,
            CfnTypes::kinesis,
            "ResourceArn",
            true));
    put(
        "AWS::DynamoDB::Table",
        spec(
            "ResourcePolicy.PolicyDocument",
            "ResourcePolicy",
            RESOURCE_POLICY,
            fixed(ResourceType.DYNAMODB_TABLE.awsName()),
            "TableName",
            false),
        spec(
            "StreamSpecification.ResourcePolicy.PolicyDocument",
            "StreamResourcePolicy",
            RESOURCE_POLICY,
            fixed(ResourceType.DYNAMODB_STREAM.awsName()),
            "TableName",
            false));
    resource(
        "AWS::OpenSearchService::Domain",
        "AccessPolicies",
        "AccessPolicies",
        ResourceType.OPENSEARCH_DOMAIN,
        "DomainName",
        false);
    resource(
        "AWS::Elasticsearch::Domain",
        "AccessPolicies",
        "AccessPolicies",
        ResourceType.OPENSEARCH_DOMAIN,
        "DomainName",
        false);
    resource(
        "AWS::EFS::FileSystem",
        "FileSystemPolicy",
        "FileSystemPolicy",
        ResourceType.EFS_FILE_SYSTEM,
        "",
        false);
    other("AWS::Events::EventBus", "Policy", "Policy", "AWS::Events::EventBus", "Name", false);
    other(
        "AWS::Logs::ResourcePolicy",
        "PolicyDocument",
        "ResourcePolicy",
        "AWS::Logs::ResourcePolicy",
        "PolicyName",
        true);
    other(
        "AWS::Logs::Destination",
        "DestinationPolicy",
        "DestinationPolicy",
        "AWS::Logs::Destination",
        "DestinationName",
        false);
    other(
        "AWS::EC2::VPCEndpoint",
        "PolicyDocument",
        "EndpointPolicy",
        "AWS::EC2::VPCEndpoint",
        "",
        false);
  }

  private CfnTypes() {}

  /** The single-property policies of {@code type}; empty for other types. */
  static List<Spec> specs(String type) {
    return SPECS.getOrDefault(type, List.of());
  }

  /** The types this table knows. */
  static List<String> types() {
    return SPECS.keySet().stream().sorted().toList();
  }

  private static void named(
      String type, String suffixProperty, String awsType, String nameProperty) {
    put(
        type,
        new Spec(
            "PolicyDocument",
            "",
            suffixProperty,
            IDENTITY_POLICY,
            fixed(awsType),
            nameProperty,
            true));
  }

  private static void resource(
      String type,
      String property,
      String suffix,
      ResourceType awsType,
      String nameProperty,
      boolean required) {
    put(
        type,
        spec(property, suffix, RESOURCE_POLICY, fixed(awsType.awsName()), nameProperty, required));
  }

  private static void other(
      String type,
      String property,
      String suffix,
      String awsType,
      String nameProperty,
      boolean required) {
    put(type, spec(property, suffix, RESOURCE_POLICY, fixed(awsType), nameProperty, required));
  }

  private static Spec spec(
      String property,
      String suffix,
      PolicyType kind,
      UnaryOperator<String> awsType,
      String nameProperty,
      boolean required) {
    return new Spec(property, suffix, "", kind, awsType, nameProperty, required);
  }

  private static void put(String type, Spec... specs) {
    SPECS.put(type, List.of(specs));
  }

  private static UnaryOperator<String> fixed(String awsType) {
    return name -> awsType;
  }

  private static String kinesis(String arn) {
    return arn.contains("/consumer/")
        ? ResourceType.KINESIS_STREAM_CONSUMER.awsName()
        : ResourceType.KINESIS_STREAM.awsName();
  }

  private static String cloudTrail(String arn) {
    if (arn.contains(":eventdatastore/")) {
      return ResourceType.CLOUDTRAIL_EVENT_DATA_STORE.awsName();
    }
    return arn.contains(":dashboard/")
        ? ResourceType.CLOUDTRAIL_DASHBOARD.awsName()
        : "AWS::CloudTrail::Channel";
  }
}
