package dev.oaa.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the {@code ./oaa} launcher in step with the build's Spark JVM options. */
class LauncherScriptTest {

  private static final Path SCRIPT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling("oaa");

  @Test
  void launcherAddsTheSparkJvmOptionsOfThePom() throws IOException {
    // Surefire starts this JVM with ${spark.jvm.options} from pom.xml.
    List<String> fromPom =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(LauncherScriptTest::isSparkOption)
            .sorted()
            .toList();

    assertThat(fromPom).isNotEmpty();
    assertThat(scriptOptions()).containsExactlyInAnyOrderElementsOf(fromPom);
  }

  private static List<String> scriptOptions() throws IOException {
    List<String> lines = Files.readAllLines(SCRIPT);
    int start = lines.indexOf("spark_jvm_options=(");
    int end = lines.subList(start, lines.size()).indexOf(")") + start;
    assertThat(start).as("spark_jvm_options=( in %s", SCRIPT).isNotNegative();
    return lines.subList(start + 1, end).stream().map(String::strip).toList();
  }

  private static boolean isSparkOption(String option) {
    return option.startsWith("--add-opens=")
        || option.equals("-XX:+IgnoreUnrecognizedVMOptions")
        || option.startsWith("-Djdk.reflect.")
        || option.startsWith("-Dio.netty.");
  }
}
