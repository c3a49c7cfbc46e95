package dev.oaa.jobs.io;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A Delta table addressed by path ({@code s3a://bucket/oaa/findings}, a local directory) or by name
 * in the session's catalog ({@code oaa.findings}).
 */
public record DeltaTableRef(Kind kind, String location) {

  /** How {@link #location()} addresses the table. */
  public enum Kind {
    PATH,
    NAME
  }

  /** Checks that the location is not blank. */
  public DeltaTableRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    if (location.isBlank()) {
      throw new IllegalArgumentException("A Delta table needs a path or a name");
    }
  }

  /** The table stored at {@code path}. */
  public static DeltaTableRef path(String path) {
    return new DeltaTableRef(Kind.PATH, path);
  }

  /** The catalog table {@code name} ({@code table} or {@code database.table}). */
  public static DeltaTableRef name(String name) {
    return new DeltaTableRef(Kind.NAME, name);
  }

  /** Whether the table exists. */
  public boolean exists(SparkSession spark) {
    switch (kind) {
      case PATH:
        return DeltaTable.isDeltaTable(spark, location);
      case NAME:
        return spark.catalog().tableExists(location);
    }
    throw new AssertionError(kind);
  }

  /** The Delta API handle of the existing table. */
  public DeltaTable open(SparkSession spark) {
    switch (kind) {
      case PATH:
        return DeltaTable.forPath(spark, location);
      case NAME:
        return DeltaTable.forName(spark, location);
    }
    throw new AssertionError(kind);
  }

  /** The current version of the table's rows. */
  public Dataset<Row> read(SparkSession spark) {
    return open(spark).toDF();
  }

  /** Creates the table with {@code schema} and table {@code properties} unless it exists. */
  public void createIfAbsent(
      SparkSession spark, StructType schema, Map<String, String> properties) {
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark).addColumns(schema);
    builder = kind == Kind.PATH ? builder.location(location) : builder.tableName(location);
    for (Map.Entry<String, String> property : properties.entrySet()) {
      builder = builder.property(property.getKey(), property.getValue());
    }
    builder.execute();
  }

  /** {@code path `…`} or {@code table `…`}, for messages. */
  @Override
  public String toString() {
    return (kind == Kind.PATH ? "path `" : "table `") + location + "`";
  }
}
