package dev.oaa.reasoning.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the small hand-written tables shipped next to this package's classes: tab-separated
 * columns, {@code #} comments and blank lines ignored.
 */
final class Tables {
  private static final Pattern TAB = Pattern.compile("\t");

  private Tables() {}

  /** The rows of the resource {@code name}, each with at least {@code minColumns} columns. */
  static List<List<String>> read(String name, int minColumns) {
    try (InputStream in = Tables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Tables.class);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> row = List.of(TAB.split(line.strip(), -1));
        if (row.size() < minColumns || row.stream().anyMatch(String::isBlank)) {
          throw new IllegalStateException(
              "Bad row in resource " + name + " line " + number + ": `" + line + "`");
        }
        rows.add(row.stream().map(String::strip).toList());
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }
}
