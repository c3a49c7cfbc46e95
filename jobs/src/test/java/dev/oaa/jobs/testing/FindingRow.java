package dev.oaa.jobs.testing;

import dev.oaa.jobs.findings.FindingStatus;
import dev.oaa.jobs.transform.FindingIds;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One finding for tests, built fluently, rendered as a row of {@code Schemas.CURRENT_FINDING}
 * ({@link #current}) or {@code Schemas.FINDING} ({@link #stored}). The id is {@link FindingIds#of}
 * of the access, so rows built for the same access share it.
 */
public final class FindingRow {

  public static final String ANALYZER = "external";

  private String analyzer = ANALYZER;
  private String resource;
  private String owner;
  private String resourceType = "AWS::S3::Bucket";
  private Map<String, String> principal = Map.of("AWS", "444455556666");
  private List<String> action = List.of("s3:GetObject");
  private Map<String, List<String>> condition = Map.of();
  private boolean isPublic;
  private String details = "{\"statements\":[0]}";
  private String witness = "{\"action\":\"s3:GetObject\"}";

  private FindingRow(String resource, String owner) {
    this.resource = resource;
    this.owner = owner;
  }

  /** Account 444455556666 may s3:GetObject on {@code bucket} of account 111122223333. */
  public static FindingRow access(String bucket) {
    return new FindingRow("arn:aws:s3:::" + bucket, "111122223333");
  }

  public FindingRow analyzer(String name) {
    this.analyzer = name;
    return this;
  }

  public FindingRow owner(String account) {
    this.owner = account;
    return this;
  }

  public FindingRow resourceType(String type) {
    this.resourceType = type;
    return this;
  }

  public FindingRow principal(String kind, String value) {
    this.principal = Map.of(kind, value);
    return this;
  }

  public FindingRow principals(Map<String, String> principals) {
    this.principal = principals;
    return this;
  }

  public FindingRow actions(String... actions) {
    this.action = List.of(actions);
    return this;
  }

  public FindingRow condition(String key, String... values) {
    Map<String, List<String>> copy = new LinkedHashMap<>(condition);
    copy.put(key, List.of(values));
    this.condition = copy;
    return this;
  }

  public FindingRow isPublic(boolean value) {
    this.isPublic = value;
    return this;
  }

  public FindingRow details(String json) {
    this.details = json;
    return this;
  }

  /** An UNKNOWN finding: the solver gave up on the resource's policy. */
  public static FindingRow unknown(String bucket) {
    FindingRow row = access(bucket);
    row.principal = Map.of();
    row.action = List.of();
    row.witness = "";
    row.details = "{\"reason\":\"timeout\"}";
    return row;
  }

  public String id() {
    return FindingIds.of(analyzer, resource, principal, action, condition);
  }

  public String resource() {
    return resource;
  }

  /** A row of this run's findings, as the analyzer produces it. */
  public Row current(FindingStatus status, Instant analyzedAt, String runId) {
    return RowFactory.create(
        concat(head(status).toArray(), ts(analyzedAt), details, witness(status), runId));
  }

  /** A stored row of the findings table. */
  public Row stored(
      FindingStatus status,
      Instant createdAt,
      Instant updatedAt,
      Instant analyzedAt,
      Instant resolvedAt,
      String runId) {
    return RowFactory.create(
        concat(
            head(status).toArray(),
            ts(createdAt),
            ts(updatedAt),
            ts(analyzedAt),
            ts(resolvedAt),
            details,
            witness(status),
            runId));
  }

  private List<Object> head(FindingStatus status) {
    return new ArrayList<>(
        Arrays.asList(
            id(),
            analyzer,
            "ExternalAccess",
            resource,
            resourceType,
            owner,
            principal,
            action.stream().sorted().toList(),
            condition,
            isPublic,
            status.name()));
  }

  private String witness(FindingStatus status) {
    return status == FindingStatus.UNKNOWN ? "" : witness;
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Object[] concat(Object[] head, Object... tail) {
    Object[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
