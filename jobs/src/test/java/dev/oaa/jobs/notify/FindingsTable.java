package dev.oaa.jobs.notify;

import dev.oaa.jobs.notify.change.Finding;
import dev.oaa.jobs.notify.change.FindingStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code findings} table of the shared contract (/tmp/notes/contracts.md, item 4), written out
 * here because the table's owner defines {@code Schemas.FINDING} on another branch; and rows built
 * from {@link Finding} values.
 */
public final class FindingsTable {

  public static final StructType FINDING =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("analyzer", DataTypes.StringType)
          .add("finding_type", DataTypes.StringType)
          .add("resource", DataTypes.StringType)
          .add("resource_type", DataTypes.StringType)
          .add("resource_owner_account", DataTypes.StringType)
          .add("principal", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))
          .add("action", DataTypes.createArrayType(DataTypes.StringType))
          .add(
              "condition",
              DataTypes.createMapType(
                  DataTypes.StringType, DataTypes.createArrayType(DataTypes.StringType)))
          .add("is_public", DataTypes.BooleanType)
          .add("status", DataTypes.StringType)
          .add("created_at", DataTypes.TimestampType)
          .add("updated_at", DataTypes.TimestampType)
          .add("analyzed_at", DataTypes.TimestampType)
          .add("resolved_at", DataTypes.TimestampType)
          .add("details", DataTypes.StringType)
          .add("witness", DataTypes.StringType)
          .add("run_id", DataTypes.StringType);

  /** What a Change Data Feed read of the table returns. */
  public static final StructType CHANGE_FEED =
      FINDING
          .add("_change_type", DataTypes.StringType)
          .add("_commit_version", DataTypes.LongType)
          .add("_commit_timestamp", DataTypes.TimestampType);

  private FindingsTable() {}

  /** The table row of {@code f}. */
  public static Row row(Finding f) {
    return RowFactory.create(values(f).toArray());
  }

  /** A change-feed row of {@code f}. */
  public static Row change(Finding f, String changeType, long version, Instant committedAt) {
    List<Object> values = values(f);
    values.add(changeType);
    values.add(version);
    values.add(Timestamp.from(committedAt));
    return RowFactory.create(values.toArray());
  }

  /** {@code f} with another status, run and analysis time (what a later run's MERGE writes). */
  public static Finding with(Finding f, FindingStatus status, String runId, Instant analyzedAt) {
    return new Finding(
        f.id(),
        f.analyzer(),
        f.findingType(),
        f.resource(),
        f.resourceType(),
        f.resourceOwnerAccount(),
        f.principal(),
        f.action(),
        f.condition(),
        f.isPublic(),
        status,
        f.createdAt(),
        status == f.status() ? f.updatedAt() : analyzedAt,
        analyzedAt,
        status == FindingStatus.RESOLVED ? analyzedAt : null,
        f.details(),
        f.witness(),
        runId);
  }

  /** {@code f} with another id. */
  public static Finding withId(Finding f, String id) {
    return new Finding(
        id,
        f.analyzer(),
        f.findingType(),
        f.resource(),
        f.resourceType(),
        f.resourceOwnerAccount(),
        f.principal(),
        f.action(),
        f.condition(),
        f.isPublic(),
        f.status(),
        f.createdAt(),
        f.updatedAt(),
        f.analyzedAt(),
        f.resolvedAt(),
        f.details(),
        f.witness(),
        f.runId());
  }

  private static List<Object> values(Finding f) {
    List<Object> values = new ArrayList<>();
    values.add(f.id());
    values.add(f.analyzer());
    values.add(f.findingType());
    values.add(f.resource());
    values.add(f.resourceType());
    values.add(f.resourceOwnerAccount());
    values.add(f.principal());
    values.add(f.action());
    values.add(f.condition());
    values.add(f.isPublic());
    values.add(f.status().name());
    values.add(Timestamp.from(f.createdAt()));
    values.add(Timestamp.from(f.updatedAt()));
    values.add(Timestamp.from(f.analyzedAt()));
    values.add(f.resolvedAt() == null ? null : Timestamp.from(f.resolvedAt()));
    values.add(f.details());
    values.add(f.witness());
    values.add(f.runId());
    return values;
  }
}
