package dev.oaa.reasoning.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The resource types that check-no-public-access accepts, as AWS names them, with the service
 * prefixes whose actions a policy of that type can grant.
 */
public enum ResourceType {
  DYNAMODB_TABLE("AWS::DynamoDB::Table", "dynamodb"),
  DYNAMODB_STREAM("AWS::DynamoDB::Stream", "dynamodb"),
  EFS_FILE_SYSTEM("AWS::EFS::FileSystem", "elasticfilesystem"),
  OPENSEARCH_DOMAIN("AWS::OpenSearchService::Domain", "es"),
  KINESIS_STREAM("AWS::Kinesis::Stream", "kinesis"),
  KINESIS_STREAM_CONSUMER("AWS::Kinesis::StreamConsumer", "kinesis"),
  KMS_KEY("AWS::KMS::Key", "kms"),
  LAMBDA_FUNCTION("AWS::Lambda::Function", "lambda"),
  S3_BUCKET("AWS::S3::Bucket", "s3"),
  S3_ACCESS_POINT("AWS::S3::AccessPoint", "s3"),
  S3_EXPRESS_DIRECTORY_BUCKET("AWS::S3Express::DirectoryBucket", "s3express"),
  S3_GLACIER("AWS::S3::Glacier", "glacier"),
  S3_OUTPOSTS_BUCKET("AWS::S3Outposts::Bucket", "s3-outposts"),
  S3_OUTPOSTS_ACCESS_POINT("AWS::S3Outposts::AccessPoint", "s3-outposts"),
  SECRETS_MANAGER_SECRET("AWS::SecretsManager::Secret", "secretsmanager"),
  SNS_TOPIC("AWS::SNS::Topic", "sns"),
  SQS_QUEUE("AWS::SQS::Queue", "sqs"),
  IAM_ASSUME_ROLE_POLICY_DOCUMENT("AWS::IAM::AssumeRolePolicyDocument", "sts"),
  S3_TABLES_TABLE_BUCKET("AWS::S3Tables::TableBucket", "s3tables"),
  S3_TABLES_TABLE("AWS::S3Tables::Table", "s3tables"),
  API_GATEWAY_REST_API("AWS::ApiGateway::RestApi", "execute-api"),
  CODEARTIFACT_DOMAIN("AWS::CodeArtifact::Domain", "codeartifact"),
  BACKUP_VAULT("AWS::Backup::BackupVault", "backup"),
  CLOUDTRAIL_DASHBOARD("AWS::CloudTrail::Dashboard", "cloudtrail"),
  CLOUDTRAIL_EVENT_DATA_STORE("AWS::CloudTrail::EventDataStore", "cloudtrail"),
  S3_EXPRESS_ACCESS_POINT("AWS::S3Express::AccessPoint", "s3express"),
  ECR_REPOSITORY("AWS::ECR::Repository", "ecr");

  private final String awsName;
  private final String servicePrefix;

  ResourceType(String awsName, String servicePrefix) {
    this.awsName = awsName;
    this.servicePrefix = servicePrefix;
  }

  /** The name AWS uses, such as {@code AWS::S3::Bucket}. */
  public String awsName() {
    return awsName;
  }

  /** The service prefixes whose actions apply to this type. */
  public List<String> servicePrefixes() {
    return List.of(servicePrefix);
  }

  /** The type AWS calls {@code name}, if any. */
  public static Optional<ResourceType> fromAwsName(String name) {
    return Arrays.stream(values()).filter(t -> t.awsName.equals(name)).findFirst();
  }
}
