package dev.oaa.jobs.notify.publish;

import static dev.oaa.jobs.notify.publish.FakeAws.CREDENTIALS;
import static dev.oaa.jobs.notify.publish.FakeAws.FAST;
import static dev.oaa.jobs.notify.publish.FakeAws.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.TestFindings;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.testing.LocalHttpServer;
import dev.oaa.jobs.testing.LocalHttpServer.Response;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifierTest {

  @Test
  void deliversToEveryTargetAndReportsTheOneThatIsDown() {
    URI refused = URI.create("http://127.0.0.1:" + LocalHttpServer.refusedPort());
    try (LocalHttpServer aws =
            LocalHttpServer.start(
                (request, n) ->
                    request.path().equals("/findings/import")
                        ? FakeAws.importOk(request)
                        : request.header("X-Amz-Target") != null
                            ? FakeAws.putEventsOk(request)
                            : FakeAws.publishOk(n));
        LocalHttpServer hook = LocalHttpServer.start((request, n) -> Response.json(200, "ok"))) {
      NotificationTargets targets =
          new NotificationTargets(
              List.of(
                  new NotificationTargets.EventBridge(
                      "bus", "default", "us-east-1", aws.uri(), FAST, TIMEOUT),
                  new NotificationTargets.Sns(
                      "topic",
                      "arn:aws:sns:us-east-1:111122223333:findings",
                      "us-east-1",
                      aws.uri(),
                      FAST,
                      TIMEOUT),
                  new NotificationTargets.Webhook("slack", hook.uri(), FAST, TIMEOUT),
                  new NotificationTargets.Webhook("pager", refused, FAST, TIMEOUT),
                  new NotificationTargets.SecurityHub(
                      "hub",
                      "arn:aws:securityhub:us-east-1:111122223333:product/111122223333/default",
                      "us-east-1",
                      aws.uri(),
                      FAST,
                      TIMEOUT)));
      List<FindingChange> changes =
          List.of(TestFindings.newPublicBucket(), TestFindings.keyResolved());

      NotificationReport report;
      try (Notifier notifier = Notifier.create(targets, CREDENTIALS)) {
        report = notifier.publish(changes);
      }

      assertThat(report.changes()).isEqualTo(2);
      assertThat(report.targets())
          .map(r -> r.target() + " " + r.type() + " " + r.delivered() + "/" + r.failed())
          .containsExactly(
              "bus eventbridge 2/0",
              "topic sns 2/0",
              "slack webhook 2/0",
              "pager webhook 0/2",
              "hub securityhub 2/0");
      assertThat(report.isComplete()).isFalse();
      assertThat(report.failed()).isEqualTo(2);
      assertThat(report.summary())
          .startsWith("2 changes; bus (eventbridge): 2 delivered, 0 failed");
      assertThat(hook.requests()).hasSize(2);
    }
  }

  @Test
  void aPublisherBugIsReportedNotThrown() {
    Publisher broken =
        new Publisher() {
          @Override
          public String target() {
            return "broken";
          }

          @Override
          public TargetResult publish(List<FindingChange> changes) {
            throw new IllegalStateException("bug\nwith two lines");
          }

          @Override
          public void close() {}
        };

    NotificationReport report =
        Notifier.of(List.of(broken)).publish(List.of(TestFindings.newPublicBucket()));

    assertThat(report.targets())
        .containsExactly(
            new TargetResult(
                "broken",
                "custom",
                0,
                1,
                List.of("unexpected IllegalStateException: bug with two lines")));
  }

  @Test
  void noChangesCallNoTarget() {
    try (LocalHttpServer hook = LocalHttpServer.start((request, n) -> Response.json(200, "ok"));
        Notifier notifier =
            Notifier.create(
                new NotificationTargets(
                    List.of(new NotificationTargets.Webhook("slack", hook.uri(), FAST, TIMEOUT))),
                CREDENTIALS)) {

      NotificationReport report = notifier.publish(List.of());

      assertThat(report)
          .isEqualTo(
              new NotificationReport(
                  0, List.of(new TargetResult("slack", "webhook", 0, 0, List.of()))));
      assertThat(report.isComplete()).isTrue();
      assertThat(hook.requests()).isEmpty();
    }
  }
}
