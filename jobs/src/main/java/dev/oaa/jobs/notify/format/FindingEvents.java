package dev.oaa.jobs.notify.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import dev.oaa.jobs.notify.change.FindingStatus;
import java.util.List;

/**
 * IAM Access Analyzer's finding event, in OAA's name: the {@code detail} that Access Analyzer sends
 * to EventBridge with detail-type {@code Access Analyzer Finding}, and the whole event as a rule
 * would deliver it to SNS or a queue.
 *
 * <p>The detail carries Access Analyzer's field names ({@code version}, {@code id}, {@code status},
 * {@code resourceType}, {@code resource}, {@code resourceOwnerAccount}, {@code accountId}, {@code
 * region}, {@code principal}, {@code action}, {@code condition}, {@code isPublic}, {@code
 * isDeleted}, {@code createdAt}, {@code updatedAt}, {@code analyzedAt}, {@code error}), so rules
 * written for Access Analyzer's events match ours once their {@code source} is changed. Where OAA
 * differs:
 *
 * <ul>
 *   <li>{@code source} is {@value #SOURCE}, not {@code aws.access-analyzer}.
 *   <li>{@code condition} values are strings as in Access Analyzer when a key has one value, and
 *       arrays when it has several (Access Analyzer's map is string to string).
 *   <li>{@code status} may be {@code UNKNOWN} (the analysis could not decide); such a finding also
 *       carries {@code "error": "ANALYSIS_UNKNOWN"}, as Access Analyzer's error findings carry an
 *       {@code error}.
 *   <li>{@code region} is the resource ARN's region, and is absent for global resources (S3
 *       buckets, IAM roles), for which Access Analyzer gives its analyzer's region.
 *   <li>One extension object, {@code oaa}: {@code analyzer}, {@code runId}, {@code changeKind}
 *       ({@code NEW} or {@code STATUS_CHANGED}), {@code previousStatus} (status changes only) and
 *       the Delta {@code commitVersion}.
 * </ul>
 */
public final class FindingEvents {

  /** The event source of every OAA finding event. */
  public static final String SOURCE = "oaa.access-analyzer";

  /** The detail-type, the same as Access Analyzer's. */
  public static final String DETAIL_TYPE = "Access Analyzer Finding";

  /** The version of the detail's shape, the same as Access Analyzer's. */
  public static final String DETAIL_VERSION = "1.0";

  /** The {@code error} of a finding whose analysis could not decide. */
  public static final String UNKNOWN_ERROR = "ANALYSIS_UNKNOWN";

  private FindingEvents() {}

  /** The event's {@code detail} object. */
  public static ObjectNode detail(FindingChange change) {
    Finding f = change.finding();
    ObjectNode detail = Json.object();
    detail.put("version", DETAIL_VERSION);
    detail.put("id", f.id());
    detail.put("findingType", f.findingType());
    detail.put("status", f.status().name());
    detail.put("resourceType", f.resourceType());
    detail.put("resource", f.resource());
    detail.put("resourceOwnerAccount", f.resourceOwnerAccount());
    detail.put("accountId", f.resourceOwnerAccount());
    if (!f.region().isEmpty()) {
      detail.put("region", f.region());
    }
    detail.set("principal", Json.strings(f.principal()));
    detail.set("action", Json.strings(f.action()));
    detail.set("condition", condition(f));
    detail.put("isPublic", f.isPublic());
    detail.put("isDeleted", false);
    detail.put("createdAt", Json.time(f.createdAt()));
    detail.put("updatedAt", Json.time(f.updatedAt()));
    detail.put("analyzedAt", Json.time(f.analyzedAt()));
    if (f.status() == FindingStatus.UNKNOWN) {
      detail.put("error", UNKNOWN_ERROR);
    }
    ObjectNode oaa = detail.putObject("oaa");
    oaa.put("analyzer", f.analyzer());
    oaa.put("runId", f.runId());
    oaa.put("changeKind", change.kind().name());
    if (change.previousStatus() != null) {
      oaa.put("previousStatus", change.previousStatus().name());
    }
    oaa.put("commitVersion", change.commitVersion());
    return detail;
  }

  /**
   * The whole event, as an EventBridge rule delivers it to a target: {@code version}, {@code
   * detail-type}, {@code source}, {@code account}, {@code time}, {@code region} (when the resource
   * has one), {@code resources} and {@code detail}. EventBridge's own event {@code id} is absent.
   */
  public static ObjectNode event(FindingChange change) {
    Finding f = change.finding();
    ObjectNode event = Json.object();
    event.put("version", "0");
    event.put("detail-type", DETAIL_TYPE);
    event.put("source", SOURCE);
    event.put("account", f.resourceOwnerAccount());
    event.put("time", Json.time(change.committedAt()));
    if (!f.region().isEmpty()) {
      event.put("region", f.region());
    }
    event.set("resources", Json.strings(resources(change)));
    event.set("detail", detail(change));
    return event;
  }

  /** The event's {@code resources}: the finding's resource ARN. */
  public static List<String> resources(FindingChange change) {
    return List.of(change.finding().resource());
  }

  private static ObjectNode condition(Finding f) {
    ObjectNode condition = Json.object();
    f.condition()
        .forEach(
            (key, values) -> {
              if (values.size() == 1) {
                condition.put(key, values.get(0));
              } else {
                ArrayNode array = condition.putArray(key);
                values.forEach(array::add);
              }
            });
    return condition;
  }
}
