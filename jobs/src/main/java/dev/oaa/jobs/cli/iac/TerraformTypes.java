package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the AWS provider keeps IAM policies, per Terraform resource type: the attribute, the kind
 * of policy, what it is attached to (refined by {@link AwsTypes#refine}), and which attribute names
 * the resource. Resource names fall back to terraform-iam-policy-validator's placeholders (such as
 * {@code fakeBucket}) when the value is unknown at plan time, so that findings compare equal with
 * that tool's.
 */
final class TerraformTypes {
  /**
   * One policy-valued attribute of a resource type.
   *
   * @param attribute {@code policy}, or {@code block.key} for a policy inside a nested block list
   * @param policyType identity or resource policy
   * @param awsType what the policy is attached to, before refinement by the resource's name
   * @param nameAttribute the attribute whose value names the resource ({@code block.key} allowed),
   *     or the empty string when no attribute names it
   * @param fallbackName the name to print when that attribute is unknown
   */
  record Spec(
      String attribute,
      PolicyType policyType,
      String awsType,
      String nameAttribute,
      String fallbackName) {
    Spec {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(policyType, "policyType");
      Objects.requireNonNull(awsType, "awsType");
      Objects.requireNonNull(nameAttribute, "nameAttribute");
      Objects.requireNonNull(fallbackName, "fallbackName");
    }

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

  // A name attribute of `-` means none: the fallback is always printed.
  private static final String TABLE =
      """
      # type                                          | attribute            | kind     | attached to                         | name attribute           | fallback name
      aws_iam_policy                                  | policy               | identity | AWS::IAM::ManagedPolicy             | name                     | fakename
      aws_iam_user_policy                             | policy               | identity | AWS::IAM::User                      | name                     | fakename
      aws_iam_group_policy                            | policy               | identity | AWS::IAM::Group                     | name                     | fakename
      aws_iam_role_policy                             | policy               | identity | AWS::IAM::Role                      | name                     | fakename
      aws_iam_role                                    | assume_role_policy   | resource | AWS::IAM::AssumeRolePolicyDocument  | name                     | fakename
      aws_iam_role                                    | inline_policy.policy | identity | AWS::IAM::Role                      | name                     | fakename
      aws_ssoadmin_permission_set_inline_policy       | inline_policy        | identity | AWS::SSO::PermissionSet             | permission_set_arn       | fakePermissionSetArn
      aws_transfer_access                             | policy               | identity | AWS::Transfer::User                 | external_id              | fakeExternalId
      aws_transfer_user                               | policy               | identity | AWS::Transfer::User                 | user_name                | fakeUserName
      aws_iot_policy                                  | policy               | identity | AWS::IoT::Policy                    | name                     | fakename
      aws_s3_bucket                                   | policy               | resource | AWS::S3::Bucket                     | bucket                   | fakeBucket
      aws_s3_bucket_policy                            | policy               | resource | AWS::S3::Bucket                     | bucket                   | fakeBucket
      aws_s3_access_point                             | policy               | resource | AWS::S3::AccessPoint                | name                     | fakename
      aws_s3control_access_point_policy               | policy               | resource | AWS::S3::AccessPoint                | access_point_arn         | fakeAccessPointArn
      aws_s3control_bucket_policy                     | policy               | resource | AWS::S3Outposts::Bucket             | bucket                   | fakeBucket
      aws_s3control_multi_region_access_point_policy  | details.policy       | resource | AWS::S3::MultiRegionAccessPoint     | details.name             | fakename
      aws_s3control_object_lambda_access_point_policy | policy               | resource | AWS::S3ObjectLambda::AccessPoint    | name                     | fakename
      aws_s3tables_table_bucket_policy                | resource_policy      | resource | AWS::S3Tables::TableBucket          | table_bucket_arn         | fakeTableBucketARN
      aws_s3tables_table_policy                       | resource_policy      | resource | AWS::S3Tables::Table                | table_bucket_arn         | fakeTableBucketARN
      aws_sqs_queue                                   | policy               | resource | AWS::SQS::Queue                     | name                     | fakename
      aws_sqs_queue_policy                            | policy               | resource | AWS::SQS::Queue                     | queue_url                | fakeQueueUrl
      aws_sns_topic                                   | policy               | resource | AWS::SNS::Topic                     | name                     | fakename
      aws_sns_topic_policy                            | policy               | resource | AWS::SNS::Topic                     | arn                      | fakename
      aws_kms_key                                     | policy               | resource | AWS::KMS::Key                       | key_id                   | fakeName
      aws_kms_external_key                            | policy               | resource | AWS::KMS::Key                       | key_id                   | fakeName
      aws_kms_replica_key                             | policy               | resource | AWS::KMS::Key                       | key_id                   | fakeName
      aws_kms_replica_external_key                    | policy               | resource | AWS::KMS::Key                       | key_id                   | fakeName
      aws_secretsmanager_secret                       | policy               | resource | AWS::SecretsManager::Secret         | name                     | fakename
      aws_secretsmanager_secret_policy                | policy               | resource | AWS::SecretsManager::Secret         | secret_arn               | fakeSecretArn
      aws_ecr_repository_policy                       | policy               | resource | AWS::ECR::Repository                | repository               | fakeRepositoryName
      aws_ecr_registry_policy                         | policy               | resource | AWS::ECR::RegistryPolicy            | -                        | fakename
      aws_ecrpublic_repository_policy                 | policy               | resource | AWS::ECR::PublicRepository          | repository_name          | fakeRepositoryName
      aws_efs_file_system_policy                      | policy               | resource | AWS::EFS::FileSystem                | file_system_id           | fakeFileSystemId
      aws_elasticsearch_domain                        | access_policies      | resource | AWS::OpenSearchService::Domain      | domain_name              | fakeDomainName
      aws_elasticsearch_domain_policy                 | access_policies      | resource | AWS::OpenSearchService::Domain      | domain_name              | fakeDomainName
      aws_opensearch_domain                           | access_policies      | resource | AWS::OpenSearchService::Domain      | domain_name              | fakeDomainName
      aws_opensearch_domain_policy                    | access_policies      | resource | AWS::OpenSearchService::Domain      | domain_name              | fakeDomainName
      aws_glacier_vault                               | access_policy        | resource | AWS::S3::Glacier                    | name                     | fakename
      aws_glacier_vault_lock                          | policy               | resource | AWS::S3::Glacier                    | vault_name               | fakeVaultName
      aws_backup_vault_policy                         | policy               | resource | AWS::Backup::BackupVault            | backup_vault_name        | fakeBackupVaultName
      aws_codeartifact_domain_permissions_policy      | policy_document      | resource | AWS::CodeArtifact::Domain           | domain                   | fakeDomain
      aws_codeartifact_repository_permissions_policy  | policy_document      | resource | AWS::CodeArtifact::Repository       | repository               | fakeRepository
      aws_dynamodb_resource_policy                    | policy               | resource | AWS::DynamoDB::Table                | resource_arn             | fakeResourceArn
      aws_kinesis_resource_policy                     | policy               | resource | AWS::Kinesis::Stream                | resource_arn             | fakeResourceArn
      aws_api_gateway_rest_api                        | policy               | resource | AWS::ApiGateway::RestApi            | name                     | fakename
      aws_api_gateway_rest_api_policy                 | policy               | resource | AWS::ApiGateway::RestApi            | rest_api_id              | fakeRestApiId
      aws_cloudwatch_event_bus_policy                 | policy               | resource | AWS::Events::EventBus               | event_bus_name           | fakeEventBusName
      aws_cloudwatch_log_destination_policy           | access_policy        | resource | AWS::Logs::Destination              | destination_name         | fakeDestinationName
      aws_cloudwatch_log_resource_policy              | policy_document      | resource | AWS::Logs::ResourcePolicy           | policy_name              | fakename
      aws_codebuild_resource_policy                   | policy               | resource | AWS::CodeBuild::Project             | resource_arn             | fakename
      aws_glue_resource_policy                        | policy               | resource | AWS::Glue::DataCatalog              | -                        | fakeName
      aws_media_store_container_policy                | policy               | resource | AWS::MediaStore::Container          | container_name           | fakeContainerName
      aws_networkfirewall_resource_policy             | policy               | resource | AWS::NetworkFirewall::ResourcePolicy | resource_arn            | fakeResourceArn
      aws_ses_identity_policy                         | policy               | resource | AWS::SES::EmailIdentity             | identity                 | fakename
      aws_sagemaker_model_package_group_policy        | resource_policy      | resource | AWS::SageMaker::ModelPackageGroup   | model_package_group_name | fakeModelPackageGroupName
      aws_vpc_endpoint                                | policy               | resource | AWS::EC2::VPCEndpoint               | -                        | fakeName
      aws_lambda_permission                           | policy               | resource | AWS::Lambda::Function               | function_name            | fakeFunctionName
      """;

  private static final Map<String, List<Spec>> SPECS = parse(TABLE);

  private TerraformTypes() {}

  /** The policy attributes of {@code type}; empty for a type that holds no IAM policy. */
  static List<Spec> specs(String type) {
    return SPECS.getOrDefault(type, List.of());
  }

  /** The resource types this class knows, sorted. */
  static List<String> types() {
    return List.copyOf(SPECS.keySet());
  }

  private static Map<String, List<Spec>> parse(String table) {
    Map<String, List<Spec>> specs = new TreeMap<>();
    for (String line : table.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> cells = List.of(line.split("\\s*\\|\\s*", -1));
      if (cells.size() != 6) {
        throw new IllegalStateException("Malformed Terraform type row: " + line);
      }
      PolicyType kind =
          cells.get(2).equals("identity") ? PolicyType.IDENTITY_POLICY : PolicyType.RESOURCE_POLICY;
      String name = cells.get(4).equals("-") ? "" : cells.get(4);
      specs
          .computeIfAbsent(cells.get(0), t -> new ArrayList<>())
          .add(new Spec(cells.get(1), kind, cells.get(3), name, cells.get(5)));
    }
    specs.replaceAll((type, list) -> List.copyOf(list));
    return specs;
  }
}
