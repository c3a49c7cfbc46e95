package dev.oaa.reasoning.archfixture;

import com.microsoft.z3.Context;
import org.apache.hadoop.archfixture.HadoopStandIn;
import org.apache.spark.archfixture.SparkStandIn;
import software.amazon.archfixture.AwsSdkStandIn;

/** Classes that break the module rules on purpose, to show that ArchitectureTest catches them. */
public final class Violations {

  private Violations() {}

  /** Reasoning code that depends on Spark. */
  public static final class UsesSpark {
    public SparkStandIn session() {
      return new SparkStandIn();
    }
  }

  /** Reasoning code that depends on Hadoop. */
  public static final class UsesHadoop {
    public HadoopStandIn fileSystem;
  }

  /** Reasoning code that depends on the AWS SDK. */
  public static final class UsesAwsSdk {
    public void call(AwsSdkStandIn client) {
      client.hashCode();
    }
  }

  /** Reasoning code outside {@code smt.z3} that imports Z3. */
  public static final class UsesZ3 {
    public Context context() {
      return new Context();
    }
  }
}
