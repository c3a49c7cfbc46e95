package dev.oaa.jobs.notify.format;

import dev.oaa.jobs.notify.change.FindingChange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an EventBridge {@code PutEvents} request, SDK-free.
 *
 * @param source {@value FindingEvents#SOURCE}
 * @param detailType {@value FindingEvents#DETAIL_TYPE}
 * @param detail the JSON text of {@link FindingEvents#detail}
 * @param resources the finding's resource ARN
 * @param eventBusName the bus name or ARN
 * @param time the time of the Delta commit that made the change
 */
public record EventBridgeEntry(
    String source,
    String detailType,
    String detail,
    List<String> resources,
    String eventBusName,
    Instant time) {

  /** The most a PutEvents request may carry, in entries. */
  public static final int MAX_ENTRIES_PER_REQUEST = 10;

  /** The most a PutEvents request may carry, in bytes as {@link #size()} counts them. */
  public static final int MAX_REQUEST_BYTES = 256 * 1024;

  /** Checks the fields and copies the resources. */
  public EventBridgeEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detailType, "detailType");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(eventBusName, "eventBusName");
    Objects.requireNonNull(time, "time");
    resources = List.copyOf(resources);
  }

  /** The entry announcing {@code change} on {@code eventBusName}. */
  public static EventBridgeEntry of(FindingChange change, String eventBusName) {
    return new EventBridgeEntry(
        FindingEvents.SOURCE,
        FindingEvents.DETAIL_TYPE,
        Json.write(FindingEvents.detail(change)),
        FindingEvents.resources(change),
        eventBusName,
        change.committedAt());
  }

  /**
   * The entry's size as EventBridge counts it against the 256 KB request limit: 14 bytes for the
   * time, plus the UTF-8 bytes of the source, detail-type, detail and each resource.
   */
  public int size() {
    int size = 14 + utf8(source) + utf8(detailType) + utf8(detail);
    for (String resource : resources) {
      size += utf8(resource);
    }
    return size;
  }

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
