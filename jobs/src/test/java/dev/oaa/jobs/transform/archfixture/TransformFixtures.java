package dev.oaa.jobs.transform.archfixture;

import static org.apache.spark.sql.functions.col;

import dev.oaa.jobs.config.archfixture.ConfigStandIn;
import dev.oaa.jobs.io.archfixture.SourceStandIn;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Transforms that keep and break the transform rule of ArchitectureTest. */
public final class TransformFixtures {

  private TransformFixtures() {}

  /** Gets values and works on Datasets: allowed. */
  public static final class PureTransform {
    public static Dataset<Row> apply(Dataset<Row> events, int trackingDays) {
      return events.where(col("age_days").leq(trackingDays));
    }
  }

  /** Reads a configuration object: a violation. */
  public static final class ReadsConfig {
    public static Dataset<Row> apply(Dataset<Row> events, ConfigStandIn config) {
      return events.where(col("path").equalTo(config.inputPath()));
    }
  }

  /** Reads from a source: a violation. */
  public static final class ReadsSource {
    public static Dataset<Row> apply(Dataset<Row> events, SourceStandIn source) {
      return events.where(col("path").equalTo(source.path()));
    }
  }
}
