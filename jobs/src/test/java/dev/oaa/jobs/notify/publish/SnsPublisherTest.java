package dev.oaa.jobs.notify.publish;

import static dev.oaa.jobs.notify.publish.FakeAws.CREDENTIALS;
import static dev.oaa.jobs.notify.publish.FakeAws.FAST;
import static dev.oaa.jobs.notify.publish.FakeAws.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.SnsMessage;
import dev.oaa.jobs.testing.LocalHttpServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsPublisherTest {

  private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:findings";

  @Test
  void publishesSubjectMessageAndAttributesWithTheQueryProtocol() {
    try (LocalHttpServer server = LocalHttpServer.start((request, n) -> FakeAws.publishOk(n));
        SnsPublisher publisher = publisher(TOPIC, server.uri())) {
      FindingChange change = TestFindings.newPublicBucket();
      SnsMessage message = SnsMessage.of(change);

      TargetResult result = publisher.publish(List.of(change));

      assertThat(result).isEqualTo(new TargetResult("topic", "sns", 1, 0, List.of()));
      LocalHttpServer.Request request = server.requests().get(0);
      assertThat(request.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
      assertThat(request.header("Authorization")).contains("/eu-west-1/sns/aws4_request");
      Map<String, String> form = request.form();
      assertThat(form)
          .containsEntry("Action", "Publish")
          .containsEntry("Version", "2010-03-31")
          .containsEntry("TopicArn", TOPIC)
          .containsEntry("Subject", "OAA: New public access: arn:aws:s3:::reports-bucket")
          .containsEntry("Message", message.message())
          .doesNotContainKeys("MessageGroupId", "MessageDeduplicationId");
      assertThat(attributes(form))
          .isEqualTo(
              Map.of(
                  "status", "ACTIVE",
                  "changeKind", "NEW",
                  "resourceType", "AWS::S3::Bucket",
                  "isPublic", "true",
                  "resourceOwnerAccount", "111122223333"));
    }
  }

  @Test
  void fifoTopicsGetAGroupPerResourceAndADeduplicationId() {
    try (LocalHttpServer server = LocalHttpServer.start((request, n) -> FakeAws.publishOk(n));
        SnsPublisher publisher = publisher(TOPIC + ".fifo", server.uri())) {

      publisher.publish(List.of(TestFindings.keyResolved()));

      assertThat(server.requests().get(0).form())
          .containsEntry(
              "MessageGroupId",
              "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
          .containsEntry("MessageDeduplicationId", "fedcba9876543210fedcba9876543210-4");
    }
  }

  @Test
  void retriesThrottlingThenDelivers() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    n == 0
                        ? FakeAws.snsError(400, "Sender", "Throttling", "Rate exceeded")
                        : FakeAws.publishOk(n));
        SnsPublisher publisher = publisher(TOPIC, server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(2));

      assertThat(result).isEqualTo(new TargetResult("topic", "sns", 2, 0, List.of()));
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void reportsPermanentFailuresPerMessage() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    request.form().get("Message").contains("bucket-1")
                        ? FakeAws.snsError(400, "Sender", "AuthorizationError", "Not allowed")
                        : FakeAws.snsError(500, "Receiver", "InternalError", "down"));
        SnsPublisher publisher = publisher(TOPIC, server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(2));

      assertThat(result.delivered()).isZero();
      assertThat(result.failed()).isEqualTo(2);
      assertThat(result.errors())
          .hasSize(2)
          .anySatisfy(
              e -> assertThat(e).startsWith("Publish failed: InternalError (HTTP 500): down"))
          .anySatisfy(
              e ->
                  assertThat(e)
                      .isEqualTo("Publish failed: AuthorizationError (HTTP 400): Not allowed"));
      // bucket-0: three attempts (5xx); bucket-1: one (a 400 that is not throttling).
      assertThat(server.requests()).hasSize(4);
    }
  }

  @Test
  void reportsARefusedConnection() {
    URI nowhere = URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort());
    try (SnsPublisher publisher = publisher(TOPIC, nowhere)) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.failed()).isEqualTo(1);
      assertThat(result.errors()).singleElement().asString().containsIgnoringCase("refused");
    }
  }

  private static Map<String, String> attributes(Map<String, String> form) {
    Map<String, String> attributes = new java.util.TreeMap<>();
    for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
      String prefix = "MessageAttributes.entry." + i;
      assertThat(form).containsEntry(prefix + ".Value.DataType", "String");
      attributes.put(form.get(prefix + ".Name"), form.get(prefix + ".Value.StringValue"));
    }
    return attributes;
  }

  private static SnsPublisher publisher(String topic, URI endpoint) {
    return new SnsPublisher(
        new NotificationTargets.Sns("topic", topic, "eu-west-1", endpoint, FAST, TIMEOUT),
        CREDENTIALS);
  }
}
