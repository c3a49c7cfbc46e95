package dev.oaa.jobs.io;

import io.delta.tables.DeltaTable;
import java.util.Objects;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the Change Data Feed of the {@code findings} Delta table (written by the findings sink with
 * {@code delta.enableChangeDataFeed = true}). The only code of notifications that knows the table's
 * location and format.
 */
public final class FindingsChangeFeed {

  private FindingsChangeFeed() {}

  /**
   * The changes of the commits {@code startingVersion} to {@code endingVersion}, both included: the
   * table's columns plus {@code _change_type}, {@code _commit_version} and {@code
   * _commit_timestamp}. For one run, pass the version before the run's first commit plus one and
   * the version after its last.
   *
   * @param table a table path ({@code s3a://…/findings}, a local directory) or, with {@code
   *     catalog:} before it, a table name ({@code catalog:oaa.findings})
   */
  public static Dataset<Row> read(
      SparkSession spark, String table, long startingVersion, long endingVersion) {
    Objects.requireNonNull(table, "table");
    if (startingVersion < 0 || endingVersion < startingVersion) {
      throw new IllegalArgumentException(
          "Cannot read the change feed of "
              + table
              + ": invalid version range "
              + startingVersion
              + " to "
              + endingVersion);
    }
    DataFrameReader reader =
        spark
            .read()
            .format("delta")
            .option("readChangeFeed", "true")
            .option("startingVersion", startingVersion)
            .option("endingVersion", endingVersion);
    return table.startsWith("catalog:")
        ? reader.table(table.substring("catalog:".length()))
        : reader.load(table);
  }

  /** The latest committed version of the table (take it before and after a run's MERGE). */
  public static long latestVersion(SparkSession spark, String table) {
    DeltaTable delta =
        table.startsWith("catalog:")
            ? DeltaTable.forName(spark, table.substring("catalog:".length()))
            : DeltaTable.forPath(spark, table);
    return delta.history(1).select("version").head().getLong(0);
  }
}
