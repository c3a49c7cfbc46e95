package dev.oaa.jobs.notify.publish;

import static dev.oaa.jobs.notify.publish.FakeAws.CREDENTIALS;
import static dev.oaa.jobs.notify.publish.FakeAws.FAST;
import static dev.oaa.jobs.notify.publish.FakeAws.TIMEOUT;
import static dev.oaa.jobs.notify.publish.FakeAws.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.FindingEvents;
import dev.oaa.jobs.notify.format.Json;
import dev.oaa.jobs.testing.LocalHttpServer;
import dev.oaa.jobs.testing.LocalHttpServer.Request;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventBridgePublisherTest {

  @Test
  void putsAccessAnalyzerShapedEntriesWithTheJson11Protocol() {
    try (LocalHttpServer server =
            LocalHttpServer.start((request, n) -> FakeAws.putEventsOk(request));
        EventBridgePublisher publisher = publisher(server.uri())) {
      FindingChange change = TestFindings.newPublicBucket();

      TargetResult result = publisher.publish(List.of(change, TestFindings.keyResolved()));

      assertThat(result).isEqualTo(new TargetResult("bus", "eventbridge", 2, 0, List.of()));
      Request request = server.requests().get(0);
      assertThat(server.requests()).hasSize(1);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.header("X-Amz-Target")).isEqualTo("AWSEvents.PutEvents");
      assertThat(request.header("Content-Type")).startsWith("application/x-amz-json-1.1");
      assertThat(request.header("Authorization"))
          .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
          .contains("/us-east-1/events/aws4_request");
      JsonNode entry = json(request.body()).path("Entries").path(0);
      assertThat(entry.path("Source").asText()).isEqualTo("oaa.access-analyzer");
      assertThat(entry.path("DetailType").asText()).isEqualTo("Access Analyzer Finding");
      assertThat(entry.path("Detail").asText()).isEqualTo(Json.write(FindingEvents.detail(change)));
      assertThat(entry.path("Resources").toString()).isEqualTo("[\"arn:aws:s3:::reports-bucket\"]");
      assertThat(entry.path("EventBusName").asText()).isEqualTo("security-bus");
      assertThat(entry.path("Time").decimalValue())
          .isEqualByComparingTo(new BigDecimal("1767665100.25"));
    }
  }

  @Test
  void batchesAtMostTenEntriesPerRequest() {
    try (LocalHttpServer server =
            LocalHttpServer.start((request, n) -> FakeAws.putEventsOk(request));
        EventBridgePublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(23));

      assertThat(result.delivered()).isEqualTo(23);
      assertThat(result.failed()).isZero();
      assertThat(server.requests())
          .map(request -> json(request.body()).path("Entries").size())
          .containsExactly(10, 10, 3);
      assertThat(
              server.requests().stream()
                  .flatMap(r -> json(r.body()).path("Entries").findValues("Resources").stream())
                  .map(resources -> resources.path(0).asText())
                  .toList())
          .startsWith("arn:aws:s3:::bucket-0", "arn:aws:s3:::bucket-1")
          .endsWith("arn:aws:s3:::bucket-22")
          .hasSize(23);
    }
  }

  @Test
  void retriesThrottlingThenDelivers() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    n < 2
                        ? FakeAws.eventBridgeError(400, "ThrottlingException", "Rate exceeded")
                        : FakeAws.putEventsOk(request));
        EventBridgePublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result).isEqualTo(new TargetResult("bus", "eventbridge", 1, 0, List.of()));
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void resendsOnlyEntriesRejectedWithATransientCode() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    n == 0
                        ? FakeAws.eventBridge(
                            200,
                            "{\"FailedEntryCount\":2,\"Entries\":[{\"EventId\":\"e-0\"},"
                                + "{\"ErrorCode\":\"ThrottlingException\",\"ErrorMessage\":\"slow down\"},"
                                + "{\"ErrorCode\":\"MalformedDetail\",\"ErrorMessage\":\"bad detail\"}]}")
                        : FakeAws.putEventsOk(request));
        EventBridgePublisher publisher = publisher(server.uri())) {
      List<FindingChange> changes = TestFindings.manyNewBuckets(3);

      TargetResult result = publisher.publish(changes);

      assertThat(result)
          .isEqualTo(
              new TargetResult(
                  "bus",
                  "eventbridge",
                  2,
                  1,
                  List.of("PutEvents rejected an entry: MalformedDetail: bad detail")));
      assertThat(server.requests()).hasSize(2);
      JsonNode resent = json(server.requests().get(1).body()).path("Entries");
      assertThat(resent).hasSize(1);
      assertThat(resent.path(0).path("Resources").path(0).asText())
          .isEqualTo("arn:aws:s3:::bucket-1");
    }
  }

  @Test
  void reportsAServerThatFailsForeverAfterTheRetries() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) -> FakeAws.eventBridgeError(500, "InternalException", "boom"));
        EventBridgePublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(12));

      assertThat(result.delivered()).isZero();
      assertThat(result.failed()).isEqualTo(12);
      assertThat(result.errors())
          .singleElement()
          .asString()
          .startsWith("PutEvents failed: InternalException (HTTP 500): boom");
      // Two batches (10 + 2), three attempts each.
      assertThat(server.requests()).hasSize(6);
    }
  }

  @Test
  void reportsARefusedConnection() {
    URI nowhere = URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort());
    try (EventBridgePublisher publisher = publisher(nowhere)) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.delivered()).isZero();
      assertThat(result.failed()).isEqualTo(1);
      assertThat(result.errors())
          .singleElement()
          .asString()
          .startsWith("PutEvents failed: ")
          .containsIgnoringCase("refused");
    }
  }

  private static EventBridgePublisher publisher(URI endpoint) {
    return new EventBridgePublisher(
        new NotificationTargets.EventBridge(
            "bus", "security-bus", "us-east-1", endpoint, FAST, TIMEOUT),
        CREDENTIALS);
  }
}
