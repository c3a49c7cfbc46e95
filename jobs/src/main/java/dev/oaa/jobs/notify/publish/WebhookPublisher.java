package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.Json;
import dev.oaa.jobs.notify.format.WebhookPayload;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one Slack-compatible JSON body per change to a webhook, with the JDK's HTTP client. A
 * response 2xx is delivered; 408, 429 and 5xx and I/O errors (connection refused, timeouts) are
 * retried with exponential backoff and full jitter, honouring {@code Retry-After} up to the maximum
 * delay, for the target's attempts; any other status fails at once. Messages name the URL without
 * its path, which often holds a secret.
 */
public final class WebhookPublisher implements Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookPublisher.class);

  private final NotificationTargets.Webhook target;
  private final HttpClient client;

  /** A publisher with its own HTTP client. */
  public WebhookPublisher(NotificationTargets.Webhook target) {
    this.target = target;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(target.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public String target() {
    return target.name();
  }

  @Override
  public TargetResult publish(List<FindingChange> changes) {
    TargetResult.Tally tally = new TargetResult.Tally(target.name(), target.type());
    for (FindingChange change : changes) {
      String body = Json.write(WebhookPayload.of(change));
      Optional<String> failure = post(body);
      if (failure.isEmpty()) {
        tally.delivered(1);
      } else {
        tally.failed(1, failure.get());
      }
    }
    TargetResult result = tally.result();
    if (!result.isComplete()) {
      LOG.warn("Notification target {}", result.summary());
    }
    return result;
  }

  /** Posts {@code body} with retries; empty when delivered, else why not. */
  private Optional<String> post(String body) {
    HttpRequest request =
        HttpRequest.newBuilder(target.url())
            .timeout(target.timeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "oaa-notifications")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    int attempts = target.retry().maxAttempts();
    String reason = "";
    for (int attempt = 1; attempt <= attempts; attempt++) {
      Duration wait;
      try {
        HttpResponse<String> response =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status / 100 == 2) {
          return Optional.empty();
        }
        reason =
            "POST "
                + target.safeUrl()
                + " answered HTTP "
                + status
                + (response.body().isBlank() ? "" : ": " + abbreviate(response.body()));
        if (!(status == 408 || status == 429 || status / 100 == 5)) {
          return Optional.of(reason);
        }
        wait = retryAfter(response).orElse(Backoff.delay(target.retry(), attempt));
      } catch (IOException e) {
        reason = "POST " + target.safeUrl() + " failed: " + describe(e);
        wait = Backoff.delay(target.retry(), attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("interrupted while posting to " + target.safeUrl());
      }
      if (attempt < attempts && !Backoff.sleep(wait)) {
        return Optional.of("interrupted while retrying: " + reason);
      }
    }
    return Optional.of(reason + " (after " + attempts + " attempts)");
  }

  /** A {@code Retry-After} in seconds, capped at the target's maximum delay. */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(
            value -> {
              try {
                Duration after = Duration.ofSeconds(Long.parseLong(value.trim()));
                return Optional.of(
                    after.compareTo(target.retry().maxDelay()) > 0
                        ? target.retry().maxDelay()
                        : after);
              } catch (NumberFormatException e) {
                return Optional.empty(); // An HTTP date: use our own backoff.
              }
            });
  }

  /**
   * The exception's type with the first message along its causes ({@code ConnectException}, {@code
   * HttpConnectTimeoutException: HTTP connect timed out}); the JDK client often has none.
   */
  private static String describe(IOException e) {
    String message = null;
    for (Throwable t = e;
        t != null && message == null;
        t = t.getCause() == t ? null : t.getCause()) {
      message = t.getMessage();
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ").trim();
    return line.length() <= 200 ? line : line.substring(0, 197) + "...";
  }

  @Override
  public void close() {
    // The JDK client (Java 17) has no close; its connections end with it.
  }
}
