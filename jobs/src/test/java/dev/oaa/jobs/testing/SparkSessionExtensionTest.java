package dev.oaa.jobs.testing;

import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SparkSessionExtension.class)
class SparkSessionExtensionTest {

  private static final StructType ACCOUNTS =
      new StructType().add("id", DataTypes.LongType, false).add("name", DataTypes.StringType, true);

  private static final StructType CHANGES =
      ACCOUNTS
          .add("_change_type", DataTypes.StringType, true)
          .add("_commit_version", DataTypes.LongType, true);

  private final SparkSession spark;

  SparkSessionExtensionTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void sessionIsLocalQuietAndInUtc() {
    assertThat(spark.sparkContext().master()).isEqualTo("local[2]");
    assertThat(spark.conf().get("spark.sql.shuffle.partitions")).isEqualTo("2");
    assertThat(spark.conf().get("spark.sql.adaptive.enabled")).isEqualTo("false");
    assertThat(spark.conf().get("spark.sql.session.timeZone")).isEqualTo("UTC");
    assertThat(spark.sparkContext().getConf().get("spark.ui.enabled")).isEqualTo("false");
    assertThat(spark.sparkContext().getConf().get("spark.driver.bindAddress"))
        .isEqualTo("127.0.0.1");
    assertThat(spark.conf().get("spark.sql.extensions"))
        .isEqualTo("io.delta.sql.DeltaSparkSessionExtension");
  }

  @Test
  void warehouseIsUnderTheTestTmpdir() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    assertThat(Path.of(URI.create(spark.conf().get("spark.sql.warehouse.dir")))).startsWith(tmp);
  }

  @Test
  void sharesOneSessionAcrossInjectionPoints(SparkSession parameter) {
    assertThat(parameter).isSameAs(spark);
  }

  @Test
  void upsertsPathTableWithMergeAndReadsItBack(@TempDir Path dir) {
    String path = dir.resolve("accounts").toString();
    accounts(RowFactory.create(1L, "a"), RowFactory.create(2L, "b"))
        .write()
        .format("delta")
        .save(path);

    DeltaTable.forPath(spark, path)
        .as("t")
        .merge(
            accounts(RowFactory.create(2L, "B"), RowFactory.create(3L, "c")).as("u"), "t.id = u.id")
        .whenMatched()
        .updateAll()
        .whenNotMatched()
        .insertAll()
        .execute();

    assertSameRows(
        accounts(
            RowFactory.create(1L, "a"), RowFactory.create(2L, "B"), RowFactory.create(3L, "c")),
        spark.read().format("delta").load(path));
    List<Row> history =
        DeltaTable.forPath(spark, path).history().select("version", "operation").collectAsList();
    assertThat(history).map(Row::toString).containsExactly("[1,MERGE]", "[0,WRITE]");
  }

  @Test
  void mergesIntoCatalogTableAndReadsItsChangeDataFeed() {
    String table = "accounts_cdf";
    spark.sql(
        "CREATE TABLE "
            + table
            + " (id BIGINT NOT NULL, name STRING) USING delta"
            + " TBLPROPERTIES (delta.enableChangeDataFeed = true)");
    try {
      spark.sql("INSERT INTO " + table + " VALUES (1, 'a'), (2, 'b')");
      spark.sql(
          "MERGE INTO "
              + table
              + " t USING (SELECT 2L AS id, 'B' AS name UNION ALL SELECT 3L, 'c') u ON t.id = u.id"
              + " WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");

      assertSameRows(
          changes(
              RowFactory.create(1L, "a", "insert", 1L),
              RowFactory.create(2L, "b", "insert", 1L),
              RowFactory.create(2L, "b", "update_preimage", 2L),
              RowFactory.create(2L, "B", "update_postimage", 2L),
              RowFactory.create(3L, "c", "insert", 2L)),
          spark.sql(
              "SELECT id, name, _change_type, _commit_version FROM table_changes('"
                  + table
                  + "', 0)"));
      String location =
          spark.sql("DESCRIBE DETAIL " + table).select("location").first().getString(0);
      assertThat(location).startsWith(spark.conf().get("spark.sql.warehouse.dir"));
    } finally {
      spark.sql("DROP TABLE IF EXISTS " + table);
    }
  }

  private Dataset<Row> accounts(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), ACCOUNTS);
  }

  private Dataset<Row> changes(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), CHANGES);
  }
}
