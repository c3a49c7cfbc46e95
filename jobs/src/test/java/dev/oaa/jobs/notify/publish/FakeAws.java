package dev.oaa.jobs.notify.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.testing.LocalHttpServer.Request;
import dev.oaa.jobs.testing.LocalHttpServer.Response;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Enough of each AWS API's wire format for the publisher tests, and their shared settings. */
final class FakeAws {

  static final AwsCredentialsProvider CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));

  /** Three attempts, milliseconds apart. */
  static final NotificationTargets.Retry FAST =
      new NotificationTargets.Retry(3, Duration.ofMillis(1), Duration.ofMillis(5));

  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FakeAws() {}

  static JsonNode json(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("Not JSON: " + body, e);
    }
  }

  // ---- EventBridge: JSON 1.1, X-Amz-Target: AWSEvents.PutEvents ----

  static Response putEventsOk(Request request) {
    int entries = json(request.body()).path("Entries").size();
    return eventBridge(
        200,
        "{\"FailedEntryCount\":0,\"Entries\":["
            + IntStream.range(0, entries)
                .mapToObj(i -> "{\"EventId\":\"event-" + i + "\"}")
                .collect(Collectors.joining(","))
            + "]}");
  }

  static Response eventBridgeError(int status, String type, String message) {
    return eventBridge(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
  }

  static Response eventBridge(int status, String body) {
    return new Response(status, "application/x-amz-json-1.1", body, java.util.Map.of());
  }

  // ---- SNS: query protocol, Action=Publish, XML responses ----

  static Response publishOk(int n) {
    return Response.xml(
        200,
        "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>message-"
            + n
            + "</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>request-"
            + n
            + "</RequestId></ResponseMetadata></PublishResponse>");
  }

  static Response snsError(int status, String type, String code, String message) {
    return Response.xml(
        status,
        "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>"
            + type
            + "</Type><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message></Error><RequestId>r</RequestId></ErrorResponse>");
  }

  // ---- Security Hub: REST JSON, POST /findings/import ----

  static Response importOk(Request request) {
    int findings = json(request.body()).path("Findings").size();
    return Response.json(
        200, "{\"FailedCount\":0,\"SuccessCount\":" + findings + ",\"FailedFindings\":[]}");
  }

  static Response securityHubError(int status, String code, String message) {
    return Response.json(status, "{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\"}")
        .withHeader("x-amzn-ErrorType", code);
  }
}
