package dev.oaa.jobs.notify.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import java.util.List;
import java.util.Map;

/**
 * The body of a webhook POST: Slack's incoming-webhook shape ({@code {"text": …}}, which Slack,
 * Mattermost, Rocket.Chat and Teams' Slack-compatible connectors render) plus the finding event's
 * detail under {@code finding} for machines (Slack ignores the extra field).
 */
public final class WebhookPayload {

  /** Actions listed in the text before {@code (+N more)}. */
  static final int ACTIONS_SHOWN = 5;

  private WebhookPayload() {}

  /** {@code {"text": <one line>, "finding": <FindingEvents.detail>}}. */
  public static ObjectNode of(FindingChange change) {
    ObjectNode payload = Json.object();
    payload.put("text", text(change));
    payload.set("finding", FindingEvents.detail(change));
    return payload;
  }

  /**
   * One line of Slack mrkdwn, such as: {@code *OAA* New public access: `arn:aws:s3:::b`
   * (AWS::S3::Bucket, account 111122223333); principal AWS:*; actions s3:GetObject; conditions
   * none; finding `0123…`}.
   */
  public static String text(FindingChange change) {
    Finding f = change.finding();
    return "*OAA* "
        + change.headline()
        + ": `"
        + f.resource()
        + "` ("
        + f.resourceType()
        + ", account "
        + f.resourceOwnerAccount()
        + "); principal "
        + orNone(String.join(", ", f.principalText()))
        + "; actions "
        + orNone(actions(f.action()))
        + "; conditions "
        + orNone(conditions(f.conditionText()))
        + "; finding `"
        + f.id()
        + "`";
  }

  private static String actions(List<String> actions) {
    if (actions.size() <= ACTIONS_SHOWN) {
      return String.join(", ", actions);
    }
    return String.join(", ", actions.subList(0, ACTIONS_SHOWN))
        + " (+"
        + (actions.size() - ACTIONS_SHOWN)
        + " more)";
  }

  private static String conditions(Map<String, String> conditions) {
    StringBuilder text = new StringBuilder();
    conditions.forEach(
        (key, values) -> {
          if (text.length() > 0) {
            text.append(", ");
          }
          text.append(key).append('=').append(values);
        });
    return text.toString();
  }

  private static String orNone(String text) {
    return text.isEmpty() ? "none" : text;
  }
}
