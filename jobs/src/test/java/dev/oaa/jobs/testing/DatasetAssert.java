package dev.oaa.jobs.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.opentest4j.AssertionFailedError;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Order-insensitive comparison of small Datasets, with a diff that names the differing rows.
 *
 * <p>The spark-testing-base idea ({@code assertDataFrameNoOrderEquals}) for Spark 4: both sides are
 * collected to the driver, so use it on the handful of rows a transform test builds with {@code
 * RowFactory.create(...)}, not on large data.
 */
public final class DatasetAssert {

  private static final int MAX_ROWS_SHOWN = 20;

  private DatasetAssert() {}

  /**
   * Asserts that both Datasets have the same columns and the same rows, as multisets.
   *
   * <p>Columns must have the same names, order and types; nullability and column metadata are
   * ignored, since Spark derives it differently for literal rows and for computed columns. Rows are
   * compared by value, including nested structs, arrays, maps and binary values; row order is
   * ignored but duplicates count.
   *
   * @throws AssertionFailedError naming the rows missing from {@code actual} and the unexpected
   *     ones
   */
  public static void assertSameRows(Dataset<?> expected, Dataset<?> actual) {
    StructType expectedSchema = expected.schema();
    StructType actualSchema = actual.schema();
    if (!withoutNullability(expectedSchema).equals(withoutNullability(actualSchema))) {
      throw new AssertionFailedError(
          "Datasets have different schemas (nullability ignored)"
              + "\nexpected: "
              + expectedSchema.simpleString()
              + "\nactual:   "
              + actualSchema.simpleString(),
          expectedSchema.treeString(),
          actualSchema.treeString());
    }
    List<Object> expectedRows = normalize(expected.toDF().collectAsList());
    List<Object> actualRows = normalize(actual.toDF().collectAsList());
    Map<Object, Long> missing = difference(expectedRows, actualRows);
    Map<Object, Long> unexpected = difference(actualRows, expectedRows);
    if (missing.isEmpty() && unexpected.isEmpty()) {
      return;
    }
    String message =
        "Datasets differ (row order ignored): expected "
            + expectedRows.size()
            + " rows, actual "
            + actualRows.size()
            + "\ncolumns: "
            + Arrays.toString(expectedSchema.fieldNames())
            + section("missing from actual", missing)
            + section("unexpected in actual", unexpected);
    throw new AssertionFailedError(message, sortedLines(expectedRows), sortedLines(actualRows));
  }

  /** Rows of {@code left} that {@code right} lacks, with their surplus counts. */
  private static Map<Object, Long> difference(List<Object> left, List<Object> right) {
    Map<Object, Long> counts = counts(left);
    counts(right).forEach((row, count) -> counts.computeIfPresent(row, (r, c) -> c - count));
    counts.values().removeIf(count -> count <= 0);
    return counts;
  }

  private static Map<Object, Long> counts(List<Object> rows) {
    return rows.stream()
        .collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
  }

  private static String section(String title, Map<Object, Long> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    // Sorted by rendering, so the message does not depend on partitioning.
    TreeMap<String, Long> lines = new TreeMap<>();
    rows.forEach((row, count) -> lines.merge(render(row), count, Long::sum));
    long total = lines.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder text = new StringBuilder("\n").append(title).append(" (").append(total);
    text.append(total == 1 ? " row):" : " rows):");
    lines.entrySet().stream()
        .limit(MAX_ROWS_SHOWN)
        .forEach(
            line -> {
              text.append("\n  ").append(line.getKey());
              if (line.getValue() > 1) {
                text.append(" x").append(line.getValue());
              }
            });
    if (lines.size() > MAX_ROWS_SHOWN) {
      text.append("\n  ... and ").append(lines.size() - MAX_ROWS_SHOWN).append(" more");
    }
    return text.toString();
  }

  private static String sortedLines(List<Object> rows) {
    return rows.stream().map(DatasetAssert::render).sorted().collect(Collectors.joining("\n"));
  }

  private static List<Object> normalize(List<Row> rows) {
    List<Object> values = new ArrayList<>(rows.size());
    for (Row row : rows) {
      values.add(normalize(row));
    }
    return values;
  }

  /**
   * Java values with value equality: rows and Scala sequences become lists, Scala maps Java maps,
   * and byte arrays {@link Bytes}.
   */
  private static Object normalize(Object value) {
    if (value instanceof Row row) {
      List<Object> fields = new ArrayList<>(row.length());
      for (int i = 0; i < row.length(); i++) {
        fields.add(normalize(row.get(i)));
      }
      return fields;
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      return CollectionConverters.asJava(seq).stream().map(DatasetAssert::normalize).toList();
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<Object, Object> entries = new HashMap<>();
      CollectionConverters.asJava(map).forEach((k, v) -> entries.put(normalize(k), normalize(v)));
      return entries;
    }
    if (value instanceof byte[] bytes) {
      return new Bytes(HexFormat.of().formatHex(bytes));
    }
    return value;
  }

  private static String render(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String string) {
      return '"' + string + '"';
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DatasetAssert::render).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(entry -> render(entry.getKey()) + " -> " + render(entry.getValue()))
          .sorted()
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return Objects.toString(value);
  }

  private static DataType withoutNullability(DataType type) {
    if (type instanceof StructType struct) {
      StructField[] fields =
          Arrays.stream(struct.fields())
              .map(
                  f ->
                      new StructField(
                          f.name(), withoutNullability(f.dataType()), true, Metadata.empty()))
              .toArray(StructField[]::new);
      return new StructType(fields);
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(withoutNullability(array.elementType()), true);
    }
    if (type instanceof MapType map) {
      return new MapType(
          withoutNullability(map.keyType()), withoutNullability(map.valueType()), true);
    }
    return type;
  }

  /** A binary value, compared and shown as hex. */
  private record Bytes(String hex) {
    @Override
    public String toString() {
      return "0x" + hex;
    }
  }
}
