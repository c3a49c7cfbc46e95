package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.ResourceType;

/** Refines what a policy is attached to when the resource's name or ARN tells more. */
final class AwsTypes {
  private AwsTypes() {}

  /**
   * {@code awsType}, refined by {@code resourceName}: a directory bucket (name ending in {@code
   * --x-s3}) rather than a bucket, a DynamoDB stream rather than a table, a Kinesis consumer rather
   * than a stream, a CloudTrail event data store or dashboard rather than a channel.
   */
  static String refine(String awsType, String resourceName) {
    if (awsType.equals(ResourceType.S3_BUCKET.awsName()) && resourceName.endsWith("--x-s3")) {
      return ResourceType.S3_EXPRESS_DIRECTORY_BUCKET.awsName();
    }
    if (awsType.equals(ResourceType.DYNAMODB_TABLE.awsName())
        && resourceName.contains("/stream/")) {
      return ResourceType.DYNAMODB_STREAM.awsName();
    }
    if (awsType.equals(ResourceType.KINESIS_STREAM.awsName())
        && resourceName.contains("/consumer/")) {
      return ResourceType.KINESIS_STREAM_CONSUMER.awsName();
    }
    if (awsType.equals("AWS::CloudTrail::Channel") && resourceName.contains(":eventdatastore/")) {
      return ResourceType.CLOUDTRAIL_EVENT_DATA_STORE.awsName();
    }
    if (awsType.equals("AWS::CloudTrail::Channel") && resourceName.contains(":dashboard/")) {
      return ResourceType.CLOUDTRAIL_DASHBOARD.awsName();
    }
    return awsType;
  }
}
