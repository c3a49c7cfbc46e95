package dev.oaa.udfs.schema;

import dev.oaa.reasoning.analysis.ExternalAccessResult;
import dev.oaa.reasoning.analysis.ExternalFinding;
import dev.oaa.reasoning.analysis.WitnessJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The types the functions return, and the conversion of reasoning results into rows. */
public final class UdfSchemas {
  /** One external-access finding of {@code oaa_external_access}. */
  public static final StructType EXTERNAL_FINDING =
      new StructType()
          .add(
              "principal",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
              false)
          .add("action", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add(
              "condition",
              DataTypes.createMapType(
                  DataTypes.StringType, DataTypes.createArrayType(DataTypes.StringType, false)),
              false)
          .add("is_public", DataTypes.BooleanType, false)
          .add("statements", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
          .add("witness", DataTypes.StringType, false);

  /**
   * The result of {@code oaa_external_access}: {@code status} is {@code OK}, {@code UNKNOWN} (the
   * solver gave up: {@code findings} may be incomplete) or {@code ERROR} (the input could not be
   * analyzed), with a one-line {@code error} otherwise empty.
   */
  public static final StructType EXTERNAL_ACCESS =
      new StructType()
          .add("status", DataTypes.StringType, false)
          .add("error", DataTypes.StringType, false)
          .add("findings", DataTypes.createArrayType(EXTERNAL_FINDING, false), false);

  private UdfSchemas() {}

  /** The row of an analysis result. */
  public static Row toRow(ExternalAccessResult result) {
    List<Row> findings = new ArrayList<>();
    for (ExternalFinding f : result.findings()) {
      findings.add(
          RowFactory.create(
              CollectionConverters.asScala(new TreeMap<>(f.principal())),
              seq(f.actions()),
              conditionMap(f),
              f.isPublic(),
              seq(f.statements()),
              WitnessJson.write(f.witness())));
    }
    String status = result instanceof ExternalAccessResult.Unknown ? "UNKNOWN" : "OK";
    String error = result instanceof ExternalAccessResult.Unknown u ? u.message() : "";
    return RowFactory.create(status, error, seq(findings));
  }

  /** The row of an input that could not be analyzed. */
  public static Row error(String message) {
    return RowFactory.create("ERROR", message, seq(List.<Row>of()));
  }

  private static Object conditionMap(ExternalFinding f) {
    Map<String, Object> converted = new TreeMap<>();
    f.condition().forEach((k, v) -> converted.put(k, seq(v)));
    return CollectionConverters.asScala(converted);
  }

  /** Spark's external rows hold Scala collections. */
  private static <T> Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
