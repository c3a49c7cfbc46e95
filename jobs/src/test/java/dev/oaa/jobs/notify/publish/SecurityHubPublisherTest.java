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
import dev.oaa.jobs.notify.format.AsffFinding;
import dev.oaa.jobs.testing.LocalHttpServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHubPublisherTest {

  private static final String PRODUCT =
      "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default";

  @Test
  void importsExactlyTheAsffDocumentsWithRestJson() {
    try (LocalHttpServer server = LocalHttpServer.start((request, n) -> FakeAws.importOk(request));
        SecurityHubPublisher publisher = publisher(server.uri())) {
      List<FindingChange> changes =
          List.of(TestFindings.newPublicBucket(), TestFindings.keyResolved());

      TargetResult result = publisher.publish(changes);

      assertThat(result).isEqualTo(new TargetResult("hub", "securityhub", 2, 0, List.of()));
      LocalHttpServer.Request request = server.requests().get(0);
      assertThat(request.method()).isEqualTo("POST");
      assertThat(request.path()).isEqualTo("/findings/import");
      assertThat(request.header("Authorization")).contains("/us-east-1/securityhub/aws4_request");
      JsonNode findings = json(request.body()).path("Findings");
      AsffFinding.Settings settings = new AsffFinding.Settings(PRODUCT, "us-east-1");
      // The SDK model carries every field the format writes: the wire equals the document.
      assertThat(findings.path(0)).isEqualTo(AsffFinding.of(changes.get(0), settings));
      assertThat(findings.path(1)).isEqualTo(AsffFinding.of(changes.get(1), settings));
    }
  }

  @Test
  void batchesAtMostOneHundredFindingsPerRequest() {
    try (LocalHttpServer server = LocalHttpServer.start((request, n) -> FakeAws.importOk(request));
        SecurityHubPublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(250));

      assertThat(result.delivered()).isEqualTo(250);
      assertThat(server.requests())
          .map(request -> json(request.body()).path("Findings").size())
          .containsExactly(100, 100, 50);
    }
  }

  @Test
  void reportsFindingsThatSecurityHubRejects() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    LocalHttpServer.Response.json(
                        200,
                        "{\"FailedCount\":1,\"SuccessCount\":2,\"FailedFindings\":[{\"Id\":"
                            + "\"oaa/external/00000000000000000000000000000001\",\"ErrorCode\":"
                            + "\"InvalidInput\",\"ErrorMessage\":\"Finding does not adhere to ASFF\"}]}"));
        SecurityHubPublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(TestFindings.manyNewBuckets(3));

      assertThat(result)
          .isEqualTo(
              new TargetResult(
                  "hub",
                  "securityhub",
                  2,
                  1,
                  List.of(
                      "BatchImportFindings rejected oaa/external/00000000000000000000000000000001:"
                          + " InvalidInput: Finding does not adhere to ASFF")));
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void retriesTooManyRequestsThenDelivers() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) ->
                    n < 2
                        ? FakeAws.securityHubError(429, "TooManyRequestsException", "Rate exceeded")
                        : FakeAws.importOk(request));
        SecurityHubPublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.delivered()).isEqualTo(1);
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void reportsAServerThatFailsForever() {
    try (LocalHttpServer server =
            LocalHttpServer.start(
                (request, n) -> FakeAws.securityHubError(500, "InternalException", "boom"));
        SecurityHubPublisher publisher = publisher(server.uri())) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.failed()).isEqualTo(1);
      assertThat(result.errors())
          .singleElement()
          .asString()
          .startsWith("BatchImportFindings failed: InternalException (HTTP 500): boom");
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void reportsARefusedConnection() {
    URI nowhere = URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort());
    try (SecurityHubPublisher publisher = publisher(nowhere)) {

      TargetResult result = publisher.publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.failed()).isEqualTo(1);
      assertThat(result.errors()).singleElement().asString().containsIgnoringCase("refused");
    }
  }

  private static SecurityHubPublisher publisher(URI endpoint) {
    return new SecurityHubPublisher(
        new NotificationTargets.SecurityHub("hub", PRODUCT, "us-east-1", endpoint, FAST, TIMEOUT),
        CREDENTIALS);
  }
}
