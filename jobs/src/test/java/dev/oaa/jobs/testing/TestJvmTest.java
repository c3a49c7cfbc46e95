package dev.oaa.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.z3.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test JVM keeps its temporary files under the module's {@code target/tmp} (the Surefire
 * argLine sets {@code java.io.tmpdir} at JVM start), including JUnit's temporary directories and
 * z3-turnkey's 35 MB native library.
 */
class TestJvmTest {

  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();

  @Test
  void tmpdirIsTheModuleTarget() {
    assertThat(TMP).endsWith(Path.of("target", "tmp")).isDirectory();
  }

  @Test
  void junitTempDirsAreUnderTarget(@TempDir Path dir) {
    assertThat(dir.toAbsolutePath()).startsWith(TMP);
  }

  @Test
  void z3NativesAreExtractedUnderTarget() throws IOException {
    assertThat(Version.getMajor()).isEqualTo(4); // loads libz3 through z3-turnkey

    try (Stream<Path> entries = Files.list(TMP)) {
      assertThat(entries.filter(p -> p.getFileName().toString().startsWith("turnkey")))
          .anySatisfy(dir -> assertThat(dir.resolve("libz3.so")).isRegularFile());
    }
  }
}
