package dev.oaa.jobs.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local {@link SparkSession} for every test class of a test JVM, with Delta Lake enabled.
 *
 * <p>Starting Spark and running the first Delta operation costs 5–16 s, so the session is created
 * once, on first use, and stopped when the JUnit run ends (it lives in the root {@link
 * ExtensionContext} store). With Surefire's {@code forkCount=1} and {@code reuseForks=true} that is
 * one session per module. Use it with {@code @ExtendWith(SparkSessionExtension.class)} and take a
 * {@code SparkSession} parameter in a constructor, a {@code @BeforeAll} or a test method.
 *
 * <p>The session is {@code local[2]} on loopback, with no UI, two shuffle partitions, adaptive
 * execution off (stable plans and partition counts), UTC, the Delta SQL extensions and catalog, and
 * an in-memory catalog whose warehouse is a temporary directory deleted at the end. Tests share the
 * session: they must not change its configuration, and should name tables uniquely or drop them.
 * Paths for path-based tables come from JUnit's {@code @TempDir}.
 *
 * <p>This is the spark-testing-base idea (which has no Spark 4 build) as a JUnit 5 extension, after
 * deequ's {@code SparkContextSpec} and Iceberg's {@code TestBase}.
 */
public final class SparkSessionExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SparkSessionExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    session(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return session(context);
  }

  private static SparkSession session(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SharedSession.class, key -> SharedSession.start(), SharedSession.class)
        .spark();
  }

  /** The session and its warehouse directory, closed by JUnit after the last test. */
  private record SharedSession(SparkSession spark, Path warehouse)
      implements ExtensionContext.Store.CloseableResource {

    static SharedSession start() {
      Path warehouse = createTempDirectory("spark-warehouse");
      SparkSession spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("oaa-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.default.parallelism", "2")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.sql.catalogImplementation", "in-memory")
              .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
              .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
              .config(
                  "spark.sql.catalog.spark_catalog",
                  "org.apache.spark.sql.delta.catalog.DeltaCatalog")
              // Delta rebuilds table state with 50 partitions by default: slow for tiny tables.
              .config("spark.databricks.delta.snapshotPartitions", "2")
              .getOrCreate();
      return new SharedSession(spark, warehouse);
    }

    @Override
    public void close() {
      spark.stop();
      deleteRecursively(warehouse);
    }
  }

  private static Path createTempDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary directory for " + prefix, e);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the test warehouse " + root, e);
    }
  }
}
