package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.analysis.PolicyType;
import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.Objects;
import java.util.Optional;

/**
 * One IAM policy found in a CloudFormation template or a Terraform plan.
 *
 * @param policyName the stable name the AWS validators print: a Terraform address such as {@code
 *     aws_s3_bucket_policy.example} or {@code aws_iam_role.example.inline_policy.0}; for
 *     CloudFormation the logical id and the policy name, such as {@code MyRole.TrustPolicy}
 * @param resourceName the bucket, queue, topic, role… name or ARN when known, else a placeholder
 *     (see {@link TerraformPlan} and {@link CloudFormationTemplate})
 * @param policyType whether the policy is an identity or a resource policy
 * @param awsType what the policy is attached to, as AWS names it: a {@link ResourceType} name such
 *     as {@code AWS::S3::Bucket} or {@code AWS::IAM::AssumeRolePolicyDocument} when one applies,
 *     else a CloudFormation type such as {@code AWS::IAM::Role} or {@code AWS::Events::EventBus}
 * @param content the parsed document, or why there is none
 */
public record ExtractedPolicy(
    String policyName,
    String resourceName,
    PolicyType policyType,
    String awsType,
    PolicyContent content) {
  public ExtractedPolicy {
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(policyType, "policyType");
    Objects.requireNonNull(awsType, "awsType");
    Objects.requireNonNull(content, "content");
  }

  /**
   * The type to give {@code check-no-public-access}: present only for a resource policy whose
   * {@link #awsType()} is one AWS's check accepts.
   */
  public Optional<ResourceType> resourceType() {
    return policyType == PolicyType.RESOURCE_POLICY
        ? ResourceType.fromAwsName(awsType)
        : Optional.empty();
  }

  /** The parsed document, when the policy could be resolved and parsed. */
  public Optional<PolicyDocument> document() {
    return content.accept(
        new PolicyContent.Visitor<>() {
          @Override
          public Optional<PolicyDocument> visitParsed(PolicyContent.Parsed parsed) {
            return Optional.of(parsed.document());
          }

          @Override
          public Optional<PolicyDocument> visitUnresolvable(PolicyContent.Unresolvable u) {
            return Optional.empty();
          }

          @Override
          public Optional<PolicyDocument> visitInvalid(PolicyContent.Invalid invalid) {
            return Optional.empty();
          }
        });
  }
}
