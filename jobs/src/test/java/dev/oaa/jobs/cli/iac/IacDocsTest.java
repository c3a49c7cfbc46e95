package dev.oaa.jobs.cli.iac;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/iac.md lists every resource type the extractors read. */
class IacDocsTest {
  @Test
  void docsListEveryResourceType() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "iac.md"));

    assertThat(Stream.concat(TerraformTypes.types().stream(), CfnTypes.types().stream()))
        .allSatisfy(type -> assertThat(docs).contains("| `" + type + "` |"));
  }
}
