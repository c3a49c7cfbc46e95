package dev.oaa.jobs.notify.publish;

import static dev.oaa.jobs.notify.publish.FakeAws.FAST;
import static dev.oaa.jobs.notify.publish.FakeAws.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.Json;
import dev.oaa.jobs.notify.format.WebhookPayload;
import dev.oaa.jobs.testing.LocalHttpServer;
import dev.oaa.jobs.testing.LocalHttpServer.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPublisherTest {

  @Test
  void postsOneSlackCompatibleBodyPerChange() {
    try (LocalHttpServer server = LocalHttpServer.start((request, n) -> Response.json(200, "ok"))) {
      List<FindingChange> changes =
          List.of(TestFindings.newPublicBucket(), TestFindings.keyResolved());

      TargetResult result =
          publisher(server.uri().resolve("/services/T/B/secret")).publish(changes);

      assertThat(result).isEqualTo(new TargetResult("slack", "webhook", 2, 0, List.of()));
      assertThat(server.requests())
          .allSatisfy(
              request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.path()).isEqualTo("/services/T/B/secret");
                assertThat(request.header("Content-Type"))
                    .isEqualTo("application/json; charset=utf-8");
              })
          .map(LocalHttpServer.Request::body)
          .containsExactly(
              Json.write(WebhookPayload.of(changes.get(0))),
              Json.write(WebhookPayload.of(changes.get(1))));
    }
  }

  @Test
  void retriesServerErrorsAndTooManyRequestsThenDelivers() {
    try (LocalHttpServer server =
        LocalHttpServer.start(
            (request, n) ->
                switch (n) {
                  case 0 -> Response.json(503, "");
                  case 1 -> Response.json(429, "slow down").withHeader("Retry-After", "0");
                  default -> Response.json(200, "ok");
                })) {

      TargetResult result =
          publisher(server.uri()).publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.delivered()).isEqualTo(1);
      assertThat(server.requests()).hasSize(3);
    }
  }

  @Test
  void doesNotRetryAClientErrorAndNeverShowsTheSecretPath() {
    try (LocalHttpServer server =
        LocalHttpServer.start((request, n) -> Response.json(404, "no_service"))) {

      TargetResult result =
          publisher(server.uri().resolve("/services/T/B/secret"))
              .publish(List.of(TestFindings.newPublicBucket()));

      assertThat(result.failed()).isEqualTo(1);
      assertThat(result.errors())
          .containsExactly("POST " + server.uri() + "/… answered HTTP 404: no_service");
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Test
  void reportsAServerThatFailsForeverAfterTheRetries() {
    try (LocalHttpServer server =
        LocalHttpServer.start((request, n) -> Response.json(500, "oops"))) {

      TargetResult result = publisher(server.uri()).publish(TestFindings.manyNewBuckets(2));

      assertThat(result.failed()).isEqualTo(2);
      assertThat(result.errors())
          .containsExactly("POST " + server.uri() + " answered HTTP 500: oops (after 3 attempts)");
      assertThat(server.requests()).hasSize(6);
    }
  }

  @Test
  void reportsARefusedConnectionAfterTheRetries() {
    URI nowhere = URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort() + "/hook");

    TargetResult result = publisher(nowhere).publish(List.of(TestFindings.newPublicBucket()));

    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.errors())
        .singleElement()
        .asString()
        .startsWith("POST http://127.0.0.1:")
        .contains("/… failed: ConnectException")
        .endsWith("(after 3 attempts)");
  }

  private static WebhookPublisher publisher(URI url) {
    return new WebhookPublisher(new NotificationTargets.Webhook("slack", url, FAST, TIMEOUT));
  }
}
