package dev.oaa.jobs.cli.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oaa.jobs.io.archfixture.SourceStandIn;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Commands that keep and break the CLI rule of ArchitectureTest. */
public final class CliFixtures {

  private CliFixtures() {}

  /**
   * Uses only what a command may use: picocli, Jackson, reasoning and the JDK (records, arrays,
   * primitives, lambdas, string concatenation).
   */
  @Command(name = "fixture", mixinStandardHelpOptions = true)
  public static final class AllowedCommand implements Callable<Integer> {
    @Parameters(paramLabel = "POLICY")
    String[] policies = new String[0];

    PolicyDocument parsed;

    /** One result line. */
    public record Result(String file, boolean passed) {}

    @Override
    public Integer call() throws Exception {
      ObjectMapper json = new ObjectMapper();
      List<Result> results = List.of(policies).stream().map(p -> new Result(p, true)).toList();
      System.out.println(json.writeValueAsString(results) + " " + (parsed == null));
      return results.size() > 0 ? 0 : 2;
    }

    public static int main(String[] args) {
      return new CommandLine(new AllowedCommand()).execute(args);
    }
  }

  /** Starts Spark: a violation (Spark is provided, so {@code java -jar} would fail). */
  public static final class StartsSpark {
    public SparkSession session() {
      return SparkSession.builder().getOrCreate();
    }
  }

  /** Reads through the jobs' sources: a violation. */
  public static final class ReadsSource {
    public String path(SourceStandIn source) {
      return source.path();
    }
  }
}
