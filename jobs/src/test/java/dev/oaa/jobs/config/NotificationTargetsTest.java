package dev.oaa.jobs.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationTargetsTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Map<String, String> ENV =
      Map.of("OAA_SLACK_WEBHOOK", "https://hooks.slack.com/services/T000/B000/secret");

  @Test
  void readsEveryTypeWithDefaults() {
    NotificationTargets targets =
        read(
            """
            targets:
              - type: eventbridge
                region: us-east-1
              - type: sns
                topic-arn: arn:aws:sns:eu-west-1:111122223333:findings.fifo
                endpoint-override: http://127.0.0.1:4566
              - type: webhook
                url-env: OAA_SLACK_WEBHOOK
              - type: securityhub
                name: hub
                region: us-gov-west-1
                account-id: "111122223333"
                timeout-ms: 2000
                retry: {max-attempts: 5, base-delay-ms: 10, max-delay-ms: 100}
            """);

    assertThat(targets.targets())
        .containsExactly(
            new NotificationTargets.EventBridge(
                "eventbridge",
                "default",
                "us-east-1",
                null,
                NotificationTargets.Retry.DEFAULT,
                Duration.ofSeconds(10)),
            new NotificationTargets.Sns(
                "sns",
                "arn:aws:sns:eu-west-1:111122223333:findings.fifo",
                "eu-west-1",
                URI.create("http://127.0.0.1:4566"),
                NotificationTargets.Retry.DEFAULT,
                Duration.ofSeconds(10)),
            new NotificationTargets.Webhook(
                "webhook",
                URI.create("https://hooks.slack.com/services/T000/B000/secret"),
                NotificationTargets.Retry.DEFAULT,
                Duration.ofSeconds(10)),
            new NotificationTargets.SecurityHub(
                "hub",
                "arn:aws-us-gov:securityhub:us-gov-west-1:111122223333:product/111122223333/default",
                "us-gov-west-1",
                null,
                new NotificationTargets.Retry(5, Duration.ofMillis(10), Duration.ofMillis(100)),
                Duration.ofSeconds(2)));
    assertThat(((NotificationTargets.Sns) targets.targets().get(1)).isFifo()).isTrue();
    assertThat(((NotificationTargets.Webhook) targets.targets().get(2)).safeUrl())
        .isEqualTo("https://hooks.slack.com/…");
  }

  @Test
  void busArnGivesTheRegionAndAbsentTreeGivesNoTargets() {
    NotificationTargets targets =
        read(
            """
            targets:
              - type: eventbridge
                event-bus: arn:aws:events:ap-southeast-2:111122223333:event-bus/security
            """);
    assertThat(((NotificationTargets.EventBridge) targets.targets().get(0)).region())
        .isEqualTo("ap-southeast-2");
    assertThat(NotificationTargets.read(null, ENV::get)).isEqualTo(NotificationTargets.none());
    assertThat(read("targets: []").targets()).isEmpty();
  }

  @Test
  void rejectsAnUnknownTypeListingTheValidOnes() {
    assertError(
        "targets: [{type: sqs}]",
        "Cannot read notification target at oaa.notifications.targets[0].type: invalid value"
            + " `sqs`, expected one of eventbridge, sns, webhook, securityhub");
  }

  @Test
  void rejectsAnUnknownKeyListingTheValidOnes() {
    assertError(
        "targets: [{type: sns, topic: x}]",
        "Cannot read notification target at oaa.notifications.targets[0].topic: unknown key for"
            + " type `sns` (valid keys: type, name, timeout-ms, retry, topic-arn, region,"
            + " endpoint-override)");
  }

  @Test
  void rejectsMissingAndInvalidValuesNamingTheKey() {
    assertError(
        "targets: [{type: sns}]",
        "Cannot read notification target at oaa.notifications.targets[0].topic-arn: missing"
            + " `topic-arn`");
    assertError(
        "targets: [{type: sns, topic-arn: 'arn:aws:sqs:us-east-1:111122223333:q'}]",
        "Cannot read notification target at oaa.notifications.targets[0].topic-arn: invalid value"
            + " `arn:aws:sqs:us-east-1:111122223333:q`, expected an"
            + " `arn:aws:sns:<region>:<account>:<topic>` ARN");
    assertError(
        "targets: [{type: eventbridge}]",
        "Cannot read notification target at oaa.notifications.targets[0].region: missing"
            + " `region` (required unless `event-bus` is an ARN)");
    assertError(
        "targets: [{type: eventbridge, region: useast1}]",
        "Cannot read notification target at oaa.notifications.targets[0].region: invalid value"
            + " `useast1`, expected an AWS region such as `us-east-1`");
    assertError(
        "targets: [{type: securityhub, region: us-east-1, account-id: '1234'}]",
        "Cannot read notification target at oaa.notifications.targets[0].account-id: invalid"
            + " value `1234`, expected 12 digits");
    assertError(
        "targets: [{type: eventbridge, region: us-east-1, retry: {max-attempts: 0}}]",
        "Cannot read notification target at oaa.notifications.targets[0].retry.max-attempts:"
            + " invalid value `0`, expected an integer from 1 to 10");
    assertError(
        "targets: [{type: eventbridge, region: us-east-1, endpoint-override: 'ftp://x'}]",
        "Cannot read notification target at oaa.notifications.targets[0].endpoint-override:"
            + " invalid value `ftp://x`, expected an http or https endpoint with a host");
  }

  @Test
  void webhookErrorsNeverShowTheSecretPath() {
    assertError(
        "targets: [{type: webhook}]",
        "Cannot read notification target at oaa.notifications.targets[0]: give exactly one of"
            + " `url` and `url-env` (an environment variable holding the URL)");
    assertError(
        "targets: [{type: webhook, url-env: NOPE}]",
        "Cannot read notification target at oaa.notifications.targets[0].url-env: missing"
            + " environment variable `NOPE` (unset or empty)");
    assertError(
        "targets: [{type: webhook, url: 'mailto://team@example.com/secret'}]",
        "Cannot read notification target at oaa.notifications.targets[0].url: invalid value"
            + " `mailto://team@example.com/…`, expected an http or https webhook URL with a host");
  }

  @Test
  void rejectsDuplicateNames() {
    assertError(
        "targets: [{type: eventbridge, region: us-east-1}, {type: eventbridge, region: eu-west-1}]",
        "Cannot read notification target at oaa.notifications.targets[1].name: duplicate target"
            + " name `eventbridge`. Give each target a unique `name`");
  }

  @Test
  void errorsAreOneLineAndNameTheirKey() {
    assertThatThrownBy(() -> read("targets: [{type: sns}]"))
        .isInstanceOf(NotificationConfigException.class)
        .satisfies(
            e -> {
              assertThat(((NotificationConfigException) e).key())
                  .isEqualTo("oaa.notifications.targets[0].topic-arn");
              assertThat(e.getMessage()).doesNotContain("\n");
            });
  }

  private static void assertError(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(NotificationConfigException.class)
        .hasMessage(message);
  }

  private static NotificationTargets read(String yaml) {
    try {
      JsonNode tree = YAML.readTree(yaml);
      return NotificationTargets.read(tree, ENV::get);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
