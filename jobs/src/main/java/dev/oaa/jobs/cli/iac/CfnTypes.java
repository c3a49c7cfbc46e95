package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.PolicyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
   *     PolicyName}; the logical id when absent), or the empty string
   * @param policyType identity or resource policy
   * @param awsType what the policy is attached to, before refinement by the resource's name
   * @param nameProperty the property naming the resource, or the empty string for the logical id
   * @param required whether the type requires the property (a missing one is then reported)
   */
  record Spec(
      String property,
      String suffix,
      String suffixProperty,
      PolicyType policyType,
      String awsType,
      String nameProperty,
      boolean required) {
    Spec {
      Objects.requireNonNull(property, "property");
      Objects.requireNonNull(suffix, "suffix");
      Objects.requireNonNull(suffixProperty, "suffixProperty");
      Objects.requireNonNull(policyType, "policyType");
      Objects.requireNonNull(awsType, "awsType");
      Objects.requireNonNull(nameProperty, "nameProperty");
    }
  }

  // Policy name `@Property`: the value of that property, else the logical id. Name property `-`:
  // the logical id.
  private static final String TABLE =
      """
      # type                               | property                                          | policy name                | kind     | attached to                     | name property     | required
      AWS::IAM::ManagedPolicy              | PolicyDocument                                    | @ManagedPolicyName         | identity | AWS::IAM::ManagedPolicy         | ManagedPolicyName | yes
      AWS::IAM::Policy                     | PolicyDocument                                    | @PolicyName                | identity | AWS::IAM::Policy                | PolicyName        | yes
      AWS::IAM::RolePolicy                 | PolicyDocument                                    | @PolicyName                | identity | AWS::IAM::Role                  | RoleName          | yes
      AWS::IAM::UserPolicy                 | PolicyDocument                                    | @PolicyName                | identity | AWS::IAM::User                  | UserName          | yes
      AWS::IAM::GroupPolicy                | PolicyDocument                                    | @PolicyName                | identity | AWS::IAM::Group                 | GroupName         | yes
      AWS::SSO::PermissionSet              | InlinePolicy                                      | InlinePolicy               | identity | AWS::SSO::PermissionSet         | Name              | no
      AWS::S3::BucketPolicy                | PolicyDocument                                    | BucketPolicy               | resource | AWS::S3::Bucket                 | Bucket            | yes
      AWS::S3Express::BucketPolicy         | PolicyDocument                                    | BucketPolicy               | resource | AWS::S3Express::DirectoryBucket | Bucket            | yes
      AWS::S3::AccessPoint                 | Policy                                            | AccessPointPolicy          | resource | AWS::S3::AccessPoint            | Name              | no
      AWS::S3Express::AccessPoint          | Policy                                            | AccessPointPolicy          | resource | AWS::S3Express::AccessPoint     | Name              | no
      AWS::S3::MultiRegionAccessPointPolicy| Policy                                            | MultiRegionAccessPointPolicy | resource | AWS::S3::MultiRegionAccessPoint | MrapName        | yes
      AWS::S3Outposts::BucketPolicy        | PolicyDocument                                    | BucketPolicy               | resource | AWS::S3Outposts::Bucket         | Bucket            | yes
      AWS::S3Outposts::AccessPoint         | Policy                                            | AccessPointPolicy          | resource | AWS::S3Outposts::AccessPoint    | Name              | no
      AWS::S3Tables::TableBucketPolicy     | ResourcePolicy                                    | TableBucketPolicy          | resource | AWS::S3Tables::TableBucket      | TableBucketARN    | yes
      AWS::S3Tables::TablePolicy           | ResourcePolicy                                    | TablePolicy                | resource | AWS::S3Tables::Table            | TableARN          | yes
      AWS::SQS::QueueInlinePolicy          | PolicyDocument                                    | QueuePolicy                | resource | AWS::SQS::Queue                 | Queue             | yes
      AWS::SNS::TopicInlinePolicy          | PolicyDocument                                    | TopicPolicy                | resource | AWS::SNS::Topic                 | TopicArn          | yes
      AWS::KMS::Key                        | KeyPolicy                                         | KeyPolicy                  | resource | AWS::KMS::Key                   | -                 | no
      AWS::KMS::ReplicaKey                 | KeyPolicy                                         | KeyPolicy                  | resource | AWS::KMS::Key                   | -                 | yes
      AWS::SecretsManager::ResourcePolicy  | ResourcePolicy                                    | ResourcePolicy             | resource | AWS::SecretsManager::Secret     | SecretId          | yes
      AWS::ECR::Repository                 | RepositoryPolicyText                              | RepositoryPolicy           | resource | AWS::ECR::Repository            | RepositoryName    | no
      AWS::ECR::RegistryPolicy             | PolicyText                                        | RegistryPolicy             | resource | AWS::ECR::RegistryPolicy        | -                 | yes
      AWS::ApiGateway::RestApi             | Policy                                            | Policy                     | resource | AWS::ApiGateway::RestApi        | Name              | no
      AWS::Backup::BackupVault             | AccessPolicy                                      | AccessPolicy               | resource | AWS::Backup::BackupVault        | BackupVaultName   | no
      AWS::CodeArtifact::Domain            | PermissionsPolicyDocument                         | PermissionsPolicyDocument  | resource | AWS::CodeArtifact::Domain       | DomainName        | no
      AWS::CodeArtifact::Repository        | PermissionsPolicyDocument                         | PermissionsPolicyDocument  | resource | AWS::CodeArtifact::Repository   | RepositoryName    | no
      AWS::CloudTrail::ResourcePolicy      | ResourcePolicy                                    | ResourcePolicy             | resource | AWS::CloudTrail::Channel        | ResourceArn       | yes
      AWS::Kinesis::ResourcePolicy         | ResourcePolicy                                    | ResourcePolicy             | resource | AWS::Kinesis::Stream            | ResourceArn       | yes
      AWS::DynamoDB::Table                 | ResourcePolicy.PolicyDocument                     | ResourcePolicy             | resource | AWS::DynamoDB::Table            | TableName         | no
      AWS::DynamoDB::Table                 | StreamSpecification.ResourcePolicy.PolicyDocument | StreamResourcePolicy       | resource | AWS::DynamoDB::Stream           | TableName         | no
      AWS::OpenSearchService::Domain       | AccessPolicies                                    | AccessPolicies             | resource | AWS::OpenSearchService::Domain  | DomainName        | no
      AWS::Elasticsearch::Domain           | AccessPolicies                                    | AccessPolicies             | resource | AWS::OpenSearchService::Domain  | DomainName        | no
      AWS::EFS::FileSystem                 | FileSystemPolicy                                  | FileSystemPolicy           | resource | AWS::EFS::FileSystem            | -                 | no
      AWS::Events::EventBus                | Policy                                            | Policy                     | resource | AWS::Events::EventBus           | Name              | no
      AWS::Logs::ResourcePolicy            | PolicyDocument                                    | ResourcePolicy             | resource | AWS::Logs::ResourcePolicy       | PolicyName        | yes
      AWS::Logs::Destination               | DestinationPolicy                                 | DestinationPolicy          | resource | AWS::Logs::Destination          | DestinationName   | no
      AWS::EC2::VPCEndpoint                | PolicyDocument                                    | EndpointPolicy             | resource | AWS::EC2::VPCEndpoint           | -                 | no
      """;

  private static final Map<String, List<Spec>> SPECS = parse(TABLE);

  private CfnTypes() {}

  /** The single-property policies of {@code type}; empty for other types. */
  static List<Spec> specs(String type) {
    return SPECS.getOrDefault(type, List.of());
  }

  /** The types this table knows, sorted. */
  static List<String> types() {
    return List.copyOf(SPECS.keySet());
  }

  private static Map<String, List<Spec>> parse(String table) {
    Map<String, List<Spec>> specs = new TreeMap<>();
    for (String line : table.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> c = List.of(line.split("\\s*\\|\\s*", -1));
      if (c.size() != 7) {
        throw new IllegalStateException("Malformed CloudFormation type row: " + line);
      }
      boolean named = c.get(2).startsWith("@");
      Spec spec =
          new Spec(
              c.get(1),
              named ? "" : c.get(2),
              named ? c.get(2).substring(1) : "",
              c.get(3).equals("identity") ? PolicyType.IDENTITY_POLICY : PolicyType.RESOURCE_POLICY,
              c.get(4),
              c.get(5).equals("-") ? "" : c.get(5),
              c.get(6).equals("yes"));
      specs.computeIfAbsent(c.get(0), t -> new ArrayList<>()).add(spec);
    }
    specs.replaceAll((type, list) -> List.copyOf(list));
    return specs;
  }
}
