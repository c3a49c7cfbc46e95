package dev.oaa.jobs.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;

import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schemas of the jobs' tables and of the Datasets passed between their steps, one
 * constant per shape (STYLE.md 2.4 rule 8), and {@link #require} to check an input against one.
 *
 * <p>Column names are snake_case. Columns are declared nullable: Delta and Spark derive nullability
 * differently for literal rows and computed columns, and {@link #require} ignores it.
 */
public final class Schemas {

  /**
   * The normalized input of the external-access job: one row per resource and policy.
   *
   * <p>{@code snapshot_id} is the label the run was given; {@code region} is "" for global
   * resources; {@code resource_type} is AWS's name ({@code AWS::S3::Bucket}; a role's trust policy
   * is {@code AWS::IAM::AssumeRolePolicyDocument}); {@code policy} is the IAM policy JSON text;
   * {@code source} says which reader produced the row ({@code jsonl}, {@code config}, {@code gaad},
   * {@code s3-acl}, {@code kms-grant}, …) and {@code source_key} the file or S3 key; {@code
   * restrict_public_buckets} is S3 Block Public Access's RestrictPublicBuckets in effect for the
   * bucket or its account (false when unknown).
   */
  public static final StructType RESOURCE_POLICY =
      new StructType()
          .add("snapshot_id", StringType)
          .add("account_id", StringType)
          .add("region", StringType)
          .add("resource_type", StringType)
          .add("resource_arn", StringType)
          .add("policy", StringType)
          .add("source", StringType)
          .add("source_key", StringType)
          .add("restrict_public_buckets", BooleanType);

  /**
   * The Delta table {@code analysis_errors} (appended): every input a run could not use. {@code
   * phase} is {@code snapshot}, {@code external}, {@code ingest}, …; {@code resource_arn} may be
   * ""; {@code reason} is one line (what, where, why).
   */
  public static final StructType ANALYSIS_ERROR =
      new StructType()
          .add("run_id", StringType)
          .add("phase", StringType)
          .add("source_key", StringType)
          .add("resource_arn", StringType)
          .add("reason", StringType)
          .add("recorded_at", TimestampType);

  /** The organization snapshot: one row per member account. */
  public static final StructType ORGANIZATION =
      new StructType().add("organization_id", StringType).add("account_id", StringType);

  /**
   * The Delta table {@code findings}, maintained by {@code FindingsSink.merge} with Change Data
   * Feed on. {@code id} is the stable id of {@code FindingIds}; {@code status} is {@code ACTIVE},
   * {@code ARCHIVED}, {@code RESOLVED} or {@code UNKNOWN}; {@code resolved_at} is null unless
   * RESOLVED; {@code details} is JSON (statement indexes, reasons); {@code witness} is the JSON of
   * the confirmed witness request, or "" for UNKNOWN; {@code run_id} is the run that last wrote the
   * row.
   */
  public static final StructType FINDING =
      new StructType()
          .add("id", StringType)
          .add("analyzer", StringType)
          .add("finding_type", StringType)
          .add("resource", StringType)
          .add("resource_type", StringType)
          .add("resource_owner_account", StringType)
          .add("principal", createMapType(StringType, StringType))
          .add("action", createArrayType(StringType))
          .add("condition", createMapType(StringType, createArrayType(StringType)))
          .add("is_public", BooleanType)
          .add("status", StringType)
          .add("created_at", TimestampType)
          .add("updated_at", TimestampType)
          .add("analyzed_at", TimestampType)
          .add("resolved_at", TimestampType)
          .add("details", StringType)
          .add("witness", StringType)
          .add("run_id", StringType);

  /**
   * The findings of one run, before the lifecycle: {@link #FINDING} without {@code created_at},
   * {@code updated_at} and {@code resolved_at}, in the same order. {@code status} is {@code ACTIVE}
   * or {@code UNKNOWN} as the analyzer produces them ({@code ARCHIVED} once archive rules have been
   * applied).
   */
  public static final StructType CURRENT_FINDING =
      without(FINDING, Set.of("created_at", "updated_at", "resolved_at"));

  private Schemas() {}

  private static StructType without(StructType schema, Set<String> names) {
    return new StructType(
        Arrays.stream(schema.fields())
            .filter(f -> !names.contains(f.name()))
            .toArray(StructField[]::new));
  }

  /**
   * Checks that {@code data} has every column of {@code schema} with its type, naming the calling
   * class as the step: {@code Cannot run FindingLifecycle: missing column `status` (available: id,
   * resource)}. Extra columns are allowed; nullability is ignored.
   *
   * @throws AccessAnalyzerException on the first missing or mistyped column
   */
  public static void require(Dataset<?> data, StructType schema) {
    String step =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .getCallerClass()
            .getSimpleName();
    require(data, schema, step);
  }

  /** Like {@link #require(Dataset, StructType)}, with the step named explicitly. */
  public static void require(Dataset<?> data, StructType schema, String step) {
    StructType actual = data.schema();
    Set<String> available = Set.of(actual.fieldNames());
    for (StructField expected : schema.fields()) {
      if (!available.contains(expected.name())) {
        throw new AccessAnalyzerException(
            String.format(
                "Cannot run %s: missing column `%s` (available: %s)",
                step,
                expected.name(),
                Arrays.stream(actual.fieldNames()).collect(Collectors.joining(", "))));
      }
      DataType found = actual.apply(expected.name()).dataType();
      if (!sameType(expected.dataType(), found)) {
        throw new AccessAnalyzerException(
            String.format(
                "Cannot run %s: column `%s` has type %s, expected %s",
                step, expected.name(), found.simpleString(), expected.dataType().simpleString()));
      }
    }
  }

  /** Type equality ignoring nullability, at any depth. */
  private static boolean sameType(DataType expected, DataType actual) {
    if (expected instanceof ArrayType e && actual instanceof ArrayType a) {
      return sameType(e.elementType(), a.elementType());
    }
    if (expected instanceof MapType e && actual instanceof MapType a) {
      return sameType(e.keyType(), a.keyType()) && sameType(e.valueType(), a.valueType());
    }
    if (expected instanceof StructType e && actual instanceof StructType a) {
      return e.length() == a.length()
          && Arrays.stream(e.fields())
              .allMatch(
                  f ->
                      Arrays.asList(a.fieldNames()).contains(f.name())
                          && sameType(f.dataType(), a.apply(f.name()).dataType()));
    }
    return Objects.equals(expected, actual);
  }
}
