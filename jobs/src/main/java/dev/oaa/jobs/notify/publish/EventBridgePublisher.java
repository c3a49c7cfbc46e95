package dev.oaa.jobs.notify.publish;

import dev.oaa.jobs.config.NotificationTargets;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.format.EventBridgeEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Sends Access Analyzer-shaped finding events to an EventBridge bus with {@code PutEvents}: at most
 * 10 entries and 256 KB per request. The SDK retries throttled and failed requests; entries that
 * EventBridge rejects inside a successful response with a transient code ({@code
 * ThrottlingException}, {@code InternalFailure}, …) are sent again with backoff, up to the target's
 * attempts.
 */
public final class EventBridgePublisher implements Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(EventBridgePublisher.class);

  /** Entry error codes worth another attempt. */
  private static final Set<String> TRANSIENT =
      Set.of("ThrottlingException", "InternalFailure", "InternalException", "ServiceUnavailable");

  private final NotificationTargets.EventBridge target;
  private final EventBridgeClient client;

  /** A publisher with its own client, using {@code credentials}. */
  public EventBridgePublisher(
      NotificationTargets.EventBridge target, AwsCredentialsProvider credentials) {
    this.target = target;
    this.client =
        AwsClients.build(
            EventBridgeClient.builder(),
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
    List<EventBridgeEntry> entries = new ArrayList<>();
    for (FindingChange change : changes) {
      EventBridgeEntry entry = EventBridgeEntry.of(change, target.eventBus());
      if (entry.size() > EventBridgeEntry.MAX_REQUEST_BYTES) {
        tally.failed(
            1,
            "event of finding "
                + change.id()
                + " is "
                + entry.size()
                + " bytes, over PutEvents' 256 KB limit");
      } else {
        entries.add(entry);
      }
    }
    for (List<EventBridgeEntry> batch :
        Batches.of(
            entries,
            EventBridgeEntry.MAX_ENTRIES_PER_REQUEST,
            EventBridgeEntry.MAX_REQUEST_BYTES,
            EventBridgeEntry::size)) {
      send(batch, tally);
    }
    TargetResult result = tally.result();
    if (!result.isComplete()) {
      LOG.warn("Notification target {}", result.summary());
    }
    return result;
  }

  private void send(List<EventBridgeEntry> batch, TargetResult.Tally tally) {
    List<EventBridgeEntry> pending = batch;
    for (int attempt = 1; ; attempt++) {
      PutEventsResponse response;
      try {
        response =
            client.putEvents(
                PutEventsRequest.builder()
                    .entries(pending.stream().map(EventBridgePublisher::sdkEntry).toList())
                    .build());
      } catch (SdkException e) {
        tally.failed(pending.size(), "PutEvents failed: " + AwsClients.describe(e));
        return;
      }
      List<EventBridgeEntry> retry = new ArrayList<>();
      List<PutEventsResultEntry> results = response.entries();
      String lastError = "";
      for (int i = 0; i < pending.size(); i++) {
        PutEventsResultEntry result = i < results.size() ? results.get(i) : null;
        if (result != null && result.errorCode() == null) {
          tally.delivered(1);
          continue;
        }
        String code = result == null ? "MissingResult" : result.errorCode();
        String reason =
            "PutEvents rejected an entry: "
                + code
                + (result == null || result.errorMessage() == null
                    ? ""
                    : ": " + result.errorMessage());
        if (TRANSIENT.contains(code) && attempt < target.retry().maxAttempts()) {
          retry.add(pending.get(i));
          lastError = reason;
        } else {
          tally.failed(1, reason);
        }
      }
      if (retry.isEmpty()) {
        return;
      }
      LOG.debug("Retrying {} entries after {}", retry.size(), lastError);
      if (!Backoff.sleep(Backoff.delay(target.retry(), attempt))) {
        tally.failed(retry.size(), "interrupted while retrying: " + lastError);
        return;
      }
      pending = retry;
    }
  }

  private static PutEventsRequestEntry sdkEntry(EventBridgeEntry entry) {
    return PutEventsRequestEntry.builder()
        .source(entry.source())
        .detailType(entry.detailType())
        .detail(entry.detail())
        .resources(entry.resources())
        .eventBusName(entry.eventBusName())
        .time(entry.time())
        .build();
  }

  @Override
  public void close() {
    client.close();
  }
}
