package dev.oaa.jobs.cli.iac;

import java.util.Map;
import java.util.Objects;

/**
 * The values a CloudFormation template sees at deployment that the template itself does not hold:
 * pseudo parameters and parameter values.
 *
 * @param accountId {@code AWS::AccountId}
 * @param region {@code AWS::Region}
 * @param partition {@code AWS::Partition}
 * @param stackName {@code AWS::StackName}
 * @param parameters parameter values by name; they win over the parameters' {@code Default}s
 */
public record StackContext(
    String accountId,
    String region,
    String partition,
    String stackName,
    Map<String, String> parameters) {
  /** The account id used when none is configured. */
  public static final String DEFAULT_ACCOUNT_ID = "123456789012";

  public StackContext {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(stackName, "stackName");
    parameters = Map.copyOf(parameters);
  }

  /**
   * Account {@code 123456789012}, {@code us-east-1}, partition {@code aws}, stack {@code StackName}
   * (as cfn-policy-validator names it), no parameter values.
   */
  public static StackContext defaults() {
    return new StackContext(DEFAULT_ACCOUNT_ID, "us-east-1", "aws", "StackName", Map.of());
  }

  /** This context in account {@code id}. */
  public StackContext withAccountId(String id) {
    return new StackContext(id, region, partition, stackName, parameters);
  }

  /** This context in {@code name} (such as {@code eu-west-1}). */
  public StackContext withRegion(String name) {
    return new StackContext(accountId, name, partition, stackName, parameters);
  }

  /** This context in partition {@code name} (such as {@code aws-cn}). */
  public StackContext withPartition(String name) {
    return new StackContext(accountId, region, name, stackName, parameters);
  }

  /** This context with {@code values} for template parameters. */
  public StackContext withParameters(Map<String, String> values) {
    return new StackContext(accountId, region, partition, stackName, values);
  }

  /** The DNS suffix of the partition ({@code AWS::URLSuffix}). */
  public String urlSuffix() {
    return partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com";
  }
}
