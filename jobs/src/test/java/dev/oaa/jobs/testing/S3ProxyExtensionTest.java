package dev.oaa.jobs.testing;

import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({SparkSessionExtension.class, S3ProxyExtension.class})
class S3ProxyExtensionTest {

  private static final StructType ACCOUNTS =
      new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);

  @Test
  void listensOnLoopbackWithAnEphemeralPort(LocalS3Server s3) {
    assertThat(s3.endpoint().getHost()).isEqualTo("127.0.0.1");
    assertThat(s3.endpoint().getPort()).isPositive();
  }

  @Test
  void writesMergesAndReadsDeltaTableThroughS3a(SparkSession spark, LocalS3Server s3) {
    s3.configure(spark);
    String bucket = s3.createBucket();
    String path = "s3a://" + bucket + "/tables/accounts";

    accounts(spark, RowFactory.create(1L, "a"), RowFactory.create(2L, "b"))
        .write()
        .format("delta")
        .save(path);
    DeltaTable.forPath(spark, path)
        .as("t")
        .merge(accounts(spark, RowFactory.create(2L, "B")).as("u"), "t.id = u.id")
        .whenMatched()
        .updateAll()
        .execute();

    assertSameRows(
        accounts(spark, RowFactory.create(1L, "a"), RowFactory.create(2L, "B")),
        spark.read().format("delta").load(path));
    assertThat(s3.keys(bucket))
        .contains(
            "tables/accounts/_delta_log/00000000000000000000.json",
            "tables/accounts/_delta_log/00000000000000000001.json")
        .anySatisfy(
            key -> assertThat(key).startsWith("tables/accounts/part-").endsWith(".parquet"));
  }

  private static Dataset<Row> accounts(SparkSession spark, Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), ACCOUNTS);
  }
}
