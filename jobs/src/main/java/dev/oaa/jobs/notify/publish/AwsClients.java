package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets.Retry;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.core.retry.backoff.BackoffStrategy;
import software.amazon.awssdk.core.retry.backoff.FullJitterBackoffStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;

/** The settings every AWS client of a target shares. */
final class AwsClients {

  /** Connecting is quick or not at all; the target's timeout bounds the whole call. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  private AwsClients() {}

  /**
   * Configures {@code builder} for a target: region, endpoint override, credentials, Apache HTTP
   * client, and the SDK's standard retry mode (throttling and 5xx are retried) with the target's
   * attempts and backoff.
   */
  static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder,
      String region,
      URI endpointOverride,
      AwsCredentialsProvider credentials,
      Retry retry,
      Duration timeout) {
    BackoffStrategy backoff =
        FullJitterBackoffStrategy.builder()
            .baseDelay(retry.baseDelay())
            .maxBackoffTime(retry.maxDelay())
            .build();
    RetryPolicy policy =
        RetryPolicy.builder(RetryMode.STANDARD)
            .numRetries(retry.maxAttempts() - 1)
            .backoffStrategy(backoff)
            .throttlingBackoffStrategy(backoff)
            .build();
    builder
        .region(Region.of(region))
        .credentialsProvider(credentials)
        .httpClientBuilder(
            ApacheHttpClient.builder().connectionTimeout(CONNECT_TIMEOUT).socketTimeout(timeout))
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryPolicy(policy)
                .apiCallTimeout(timeout.multipliedBy(retry.maxAttempts()).plus(retry.maxDelay()))
                .apiCallAttemptTimeout(timeout)
                .build());
    if (endpointOverride != null) {
      builder.endpointOverride(endpointOverride);
    }
    return builder.build();
  }

  /** One line: the service's error code and status, or the client-side reason. */
  static String describe(SdkException e) {
    if (e instanceof AwsServiceException service) {
      String code =
          service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null
              ? service.awsErrorDetails().errorCode()
              : "error";
      return code
          + " (HTTP "
          + service.statusCode()
          + "): "
          + (service.awsErrorDetails() != null
              ? service.awsErrorDetails().errorMessage()
              : service.getMessage());
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
  }
}
