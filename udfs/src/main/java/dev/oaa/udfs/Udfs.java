package dev.oaa.udfs;

import dev.oaa.udfs.schema.UdfSchemas;
import java.time.Duration;
import org.apache.spark.sql.SparkSession;

/** Registers the SQL functions on a session. */
public final class Udfs {
  /**
   * {@code oaa_external_access(policy, resource_type, resource_arn, zone_accounts,
   * organization_id)}.
   */
  public static final String EXTERNAL_ACCESS = "oaa_external_access";

  private Udfs() {}

  /** Registers every function, with the solver budget and catalog directory the jobs use. */
  public static void registerAll(SparkSession spark, Duration timeout, String catalogDirectory) {
    spark
        .udf()
        .register(
            EXTERNAL_ACCESS,
            new ExternalAccessUdf(timeout, catalogDirectory),
            UdfSchemas.EXTERNAL_ACCESS);
  }
}
