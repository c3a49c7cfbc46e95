package dev.oaa.jobs.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a document argument the way the AWS CLI does: {@code file://path} reads a file, anything
 * else is the JSON itself.
 */
final class PolicyInput {
  private PolicyInput() {}

  /**
   * The text of {@code argument}.
   *
   * @param option the option's name, for error messages
   * @throws CliException when the file cannot be read
   */
  static String read(String option, String argument) {
    if (!argument.startsWith("file://")) {
      return argument;
    }
    Path path = Path.of(argument.substring("file://".length()));
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(option + ": no such file " + path);
    } catch (IOException e) {
      throw new CliException(option + ": cannot read " + path + ": " + e.getMessage());
    }
  }
}
