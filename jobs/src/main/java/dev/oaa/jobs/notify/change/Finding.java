package dev.oaa.jobs.notify.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of the {@code findings} Delta table (the shared contract's columns), as notifications
 * read it. Spark-free: the Spark side converts rows into these.
 *
 * <p>Maps are copied into key-sorted maps, so that every JSON rendering of a finding is the same
 * whatever order Spark returned the entries in.
 *
 * @param id stable finding id (hex)
 * @param analyzer the analyzer that produced it ({@code external})
 * @param findingType {@code ExternalAccess}
 * @param resource the resource ARN
 * @param resourceType the AWS resource type ({@code AWS::S3::Bucket}, …)
 * @param resourceOwnerAccount the 12-digit account that owns the resource
 * @param principal the external principal, such as {@code {"AWS": "444455556666"}}
 * @param action the granted actions, sorted
 * @param condition the restricting condition keys and their values
 * @param isPublic whether anyone can reach the resource
 * @param status the status after the change
 * @param createdAt when the finding first appeared
 * @param updatedAt when the finding last changed
 * @param analyzedAt when the resource was last analyzed
 * @param resolvedAt when it was resolved, or {@code null} unless {@code RESOLVED}
 * @param details JSON text: statement indexes and reasons ({@code ""} when absent)
 * @param witness JSON text of the confirmed witness request ({@code ""} for UNKNOWN)
 * @param runId the run that last wrote the row
 */
public record Finding(
    String id,
    String analyzer,
    String findingType,
    String resource,
    String resourceType,
    String resourceOwnerAccount,
    Map<String, String> principal,
    List<String> action,
    Map<String, List<String>> condition,
    boolean isPublic,
    FindingStatus status,
    Instant createdAt,
    Instant updatedAt,
    Instant analyzedAt,
    Instant resolvedAt,
    String details,
    String witness,
    String runId) {

  /** Checks the required columns and copies the collections. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(findingType, "findingType");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceOwnerAccount, "resourceOwnerAccount");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(analyzedAt, "analyzedAt");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(runId, "runId");
    principal = Collections.unmodifiableMap(new TreeMap<>(principal));
    action = List.copyOf(action);
    Map<String, List<String>> conditions = new TreeMap<>();
    condition.forEach((key, values) -> conditions.put(key, List.copyOf(values)));
    condition = Collections.unmodifiableMap(conditions);
  }

  /** The partition of the resource ARN ({@code aws}, {@code aws-cn}, …), or {@code ""}. */
  public String partition() {
    return arnPart(1);
  }

  /** The region of the resource ARN, or {@code ""} for global resources (S3 buckets, IAM roles). */
  public String region() {
    return arnPart(3);
  }

  /** The condition keys with their values joined for one-line text ({@code key=v1|v2}). */
  public Map<String, String> conditionText() {
    Map<String, String> text = new LinkedHashMap<>();
    condition.forEach((key, values) -> text.put(key, String.join("|", values)));
    return text;
  }

  /** The principal entries as {@code AWS:444455556666}, in key order. */
  public List<String> principalText() {
    List<String> text = new ArrayList<>();
    principal.forEach((kind, value) -> text.add(kind + ":" + value));
    return text;
  }

  private String arnPart(int index) {
    if (!resource.startsWith("arn:")) {
      return "";
    }
    String[] parts = resource.split(":", 6);
    return parts.length > index ? parts[index] : "";
  }
}
