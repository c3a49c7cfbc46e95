package dev.oaa.reasoning.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared data corpora ({@code ../shared/data}). Its root comes from the system property {@code
 * oaa.data}; tests that need it skip, with a message saying so, when it is missing (a user's fresh
 * clone has none).
 */
public final class CorpusData {
  private CorpusData() {}

  /** The folder {@code relative} under the data root, or a skipped test when it is missing. */
  public static Path require(String relative) {
    String configured = System.getProperty("oaa.data", "../shared/data");
    Path root = Path.of(configured);
    if (!Files.isDirectory(root) && !Path.of(configured).isAbsolute()) {
      root = Path.of("..").resolve(configured); // tests run from a module folder
    }
    Path folder = root.resolve(relative).normalize();
    assumeTrue(
        Files.isDirectory(folder),
        "Corpus folder "
            + folder.toAbsolutePath()
            + " is missing: set -Doaa.data=<shared data root> to run this test");
    return folder;
  }

  /** Every regular file under {@code folder} whose name ends with {@code suffix}, sorted. */
  public static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a file. */
  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
