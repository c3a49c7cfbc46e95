package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.SnsMessage;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes one SNS message per change: subject, the finding event as JSON, and string attributes
 * for subscription filter policies. FIFO topics get the resource as message group and the finding
 * id and commit version as deduplication id. The SDK retries throttling and 5xx.
 */
public final class SnsPublisher implements Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(SnsPublisher.class);

  /** SNS's limit for a message with its attributes. */
  static final int MAX_MESSAGE_BYTES = 256 * 1024;

  private final NotificationTargets.Sns target;
  private final SnsClient client;

  /** A publisher with its own client, using {@code credentials}. */
  public SnsPublisher(NotificationTargets.Sns target, AwsCredentialsProvider credentials) {
    this.target = target;
    this.client =
        AwsClients.build(
            SnsClient.builder(),
            target.region(),
            target.endpointOverride(),
            credentials,
            target.retry(),
            target.timeout());
  }

  @Override
  public String target() {
    return target.name();
  }

  @Override
  public TargetResult publish(List<FindingChange> changes) {
    TargetResult.Tally tally = new TargetResult.Tally(target.name(), target.type());
    for (FindingChange change : changes) {
      SnsMessage message = SnsMessage.of(change);
      int size = message.message().getBytes(StandardCharsets.UTF_8).length;
      if (size > MAX_MESSAGE_BYTES) {
        tally.failed(
            1,
            "message of finding "
                + change.id()
                + " is "
                + size
                + " bytes, over SNS's 256 KB limit");
        continue;
      }
      try {
        client.publish(request(message));
        tally.delivered(1);
      } catch (SdkException e) {
        tally.failed(1, "Publish failed: " + AwsClients.describe(e));
      }
    }
    TargetResult result = tally.result();
    if (!result.isComplete()) {
      LOG.warn("Notification target {}", result.summary());
    }
    return result;
  }

  private PublishRequest request(SnsMessage message) {
    Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
    message
        .attributes()
        .forEach(
            (key, value) ->
                attributes.put(
                    key,
                    MessageAttributeValue.builder().dataType("String").stringValue(value).build()));
    PublishRequest.Builder request =
        PublishRequest.builder()
            .topicArn(target.topicArn())
            .subject(message.subject())
            .message(message.message())
            .messageAttributes(attributes);
    if (target.isFifo()) {
      request.messageGroupId(message.groupId()).messageDeduplicationId(message.deduplicationId());
    }
    return request.build();
  }

  @Override
  public void close() {
    client.close();
  }
}
