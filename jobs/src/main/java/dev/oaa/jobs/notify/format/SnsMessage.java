package dev.oaa.jobs.notify.format;

import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One SNS {@code Publish} request, SDK-free: a subject for e-mail subscribers, the finding event
 * (as {@link FindingEvents#event}) as the JSON message, and string attributes for subscription
 * filter policies.
 *
 * @param subject at most 99 printable ASCII characters, as SNS requires
 * @param message the JSON text of {@link FindingEvents#event}
 * @param attributes {@code status}, {@code changeKind}, {@code resourceType}, {@code isPublic} and
 *     {@code resourceOwnerAccount}, all strings
 * @param groupId the FIFO message group: the resource (hashed when over 128 characters), so that
 *     one resource's changes stay in order
 * @param deduplicationId the FIFO deduplication id: finding id and Delta commit version
 */
public record SnsMessage(
    String subject,
    String message,
    Map<String, String> attributes,
    String groupId,
    String deduplicationId) {

  /** SNS requires subjects shorter than 100 characters. */
  public static final int MAX_SUBJECT_LENGTH = 99;

  /** Checks the fields and copies the attributes. */
  public SnsMessage {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(deduplicationId, "deduplicationId");
    attributes = Map.copyOf(attributes);
  }

  /** The message announcing {@code change}. */
  public static SnsMessage of(FindingChange change) {
    Finding f = change.finding();
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("status", f.status().name());
    attributes.put("changeKind", change.kind().name());
    attributes.put("resourceType", f.resourceType());
    attributes.put("isPublic", Boolean.toString(f.isPublic()));
    attributes.put("resourceOwnerAccount", f.resourceOwnerAccount());
    return new SnsMessage(
        subject(change),
        Json.write(FindingEvents.event(change)),
        attributes,
        groupId(f.resource()),
        f.id() + "-" + change.commitVersion());
  }

  /** The resource, or its SHA-256 in hex when longer than SNS's 128-character group ids. */
  static String groupId(String resource) {
    if (resource.length() <= 128) {
      return resource;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(resource.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }

  /**
   * {@code OAA: <headline>: <resource>}, with characters SNS refuses (non-ASCII, control) replaced
   * by {@code ?} and cut to {@value #MAX_SUBJECT_LENGTH} characters.
   */
  static String subject(FindingChange change) {
    String text = "OAA: " + change.headline() + ": " + change.finding().resource();
    StringBuilder ascii = new StringBuilder(text.length());
    text.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
    return Json.truncate(ascii.toString(), MAX_SUBJECT_LENGTH);
  }
}
