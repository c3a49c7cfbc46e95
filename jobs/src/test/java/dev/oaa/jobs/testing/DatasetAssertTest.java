package dev.oaa.jobs.testing;

import static dev.oaa.jobs.testing.DatasetAssert.assertSameRows;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentest4j.AssertionFailedError;

@ExtendWith(SparkSessionExtension.class)
class DatasetAssertTest {

  private static final StructType ACCOUNTS =
      new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);

  private static final StructType NESTED =
      new StructType()
          .add("tags", DataTypes.createArrayType(DataTypes.StringType))
          .add("counts", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
          .add("digest", DataTypes.BinaryType)
          .add("owner", ACCOUNTS);

  private final SparkSession spark;

  DatasetAssertTest(SparkSession spark) {
    this.spark = spark;
  }

  @Test
  void acceptsTheSameRowsInAnotherOrder() {
    Dataset<Row> expected = accounts(row(1L, "a"), row(2L, "b"), row(3L, null));
    Dataset<Row> actual = accounts(row(3L, null), row(1L, "a"), row(2L, "b")).repartition(2);

    assertThatCode(() -> assertSameRows(expected, actual)).doesNotThrowAnyException();
  }

  @Test
  void namesMissingAndUnexpectedRows() {
    Dataset<Row> expected = accounts(row(1L, "a"), row(2L, "b"), row(3L, "c"));
    Dataset<Row> actual = accounts(row(3L, "c"), row(2L, "B"), row(1L, "a"), row(4L, null));

    assertThatThrownBy(() -> assertSameRows(expected, actual))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            Datasets differ (row order ignored): expected 3 rows, actual 4
            columns: [id, name]
            missing from actual (1 row):
              [2, "b"]
            unexpected in actual (2 rows):
              [2, "B"]
              [4, null]""");
  }

  @Test
  void countsDuplicateRows() {
    Dataset<Row> expected = accounts(row(1L, "a"), row(1L, "a"), row(1L, "a"), row(2L, "b"));
    Dataset<Row> actual = accounts(row(1L, "a"), row(2L, "b"), row(2L, "b"));

    assertThatThrownBy(() -> assertSameRows(expected, actual))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            Datasets differ (row order ignored): expected 4 rows, actual 3
            columns: [id, name]
            missing from actual (2 rows):
              [1, "a"] x2
            unexpected in actual (1 row):
              [2, "b"]""");
  }

  @Test
  void rejectsDifferentColumnTypes() {
    Dataset<Row> expected = accounts(row(1L, "a"));
    Dataset<Row> actual = expected.selectExpr("CAST(id AS INT) AS id", "name");

    assertThatThrownBy(() -> assertSameRows(expected, actual))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            """
            Datasets have different schemas (nullability ignored)
            expected: struct<id:bigint,name:string>
            actual:   struct<id:int,name:string>""");
  }

  @Test
  void ignoresNullability() {
    Dataset<Row> expected = accounts(row(1L, "a"));
    Dataset<Row> actual = expected.selectExpr("coalesce(id, 0L) AS id", "name");

    assertThatCode(() -> assertSameRows(expected, actual)).doesNotThrowAnyException();
  }

  @Test
  void comparesNestedValuesByValue() {
    Row first =
        RowFactory.create(List.of("x", "y"), Map.of("k", 1L), new byte[] {1, 2}, row(1L, "a"));
    Row second = RowFactory.create(List.of(), Map.of(), new byte[] {}, null);
    Dataset<Row> expected = nested(first, second);

    assertThatCode(() -> assertSameRows(expected, nested(second, first)))
        .doesNotThrowAnyException();
    Row changed =
        RowFactory.create(List.of("x", "y"), Map.of("k", 1L), new byte[] {1, 3}, row(1L, "a"));
    assertThatThrownBy(() -> assertSameRows(expected, nested(second, changed)))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(
            """
            missing from actual (1 row):
              [["x", "y"], {"k" -> 1}, 0x0102, [1, "a"]]
            unexpected in actual (1 row):
              [["x", "y"], {"k" -> 1}, 0x0103, [1, "a"]]""");
  }

  private static Row row(Object... values) {
    return RowFactory.create(values);
  }

  private Dataset<Row> accounts(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), ACCOUNTS);
  }

  private Dataset<Row> nested(Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), NESTED);
  }
}
