package dev.oaa.reasoning.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the CloudTrail events of the shared corpus in all its shapes: {@code {"Records":[...]}}
 * files (also gzip), JSON arrays, one event per line ({@code .log}, {@code .jsonl}), events wrapped
 * as {@code {..., "event": {...}}} and EventBridge envelopes ({@code {"detail": {...}}}). A test
 * helper, not the product's ingestion.
 */
final class CloudTrailEvents {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What a folder held.
   *
   * @param events every CloudTrail event found
   * @param notEvents JSON objects that are not CloudTrail events (GuardDuty findings, Config
   *     changes, events without an eventSource), described as {@code file: reason}
   */
  record Read(List<JsonNode> events, List<String> notEvents) {}

  private CloudTrailEvents() {}

  /** Every event in the JSON files under {@code folder}. */
  static Read readAll(Path folder) {
    return read(files(folder));
  }

  /** Every event in the given files. */
  static Read read(List<Path> files) {
    List<JsonNode> events = new ArrayList<>();
    List<String> notEvents = new ArrayList<>();
    for (Path file : files) {
      for (JsonNode document : documents(file)) {
        collect(document, file.getFileName().toString(), events, notEvents);
      }
    }
    return new Read(events, notEvents);
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(json|json\\.gz|jsonl|log)$"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> documents(Path file) {
    String name = file.getFileName().toString();
    try {
      String text = name.endsWith(".gz") ? gunzip(file) : Files.readString(file);
      if (name.endsWith(".jsonl") || name.endsWith(".log")) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
          if (!line.isBlank()) {
            lines.add(JSON.readTree(line));
          }
        }
        return lines;
      }
      return List.of(JSON.readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void collect(
      JsonNode node, String file, List<JsonNode> events, List<String> notEvents) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, file, events, notEvents));
    } else if (node.path("Records").isArray()) {
      collect(node.get("Records"), file, events, notEvents);
    } else if (node.path("event").isObject()) {
      collect(node.get("event"), file, events, notEvents);
    } else if (node.path("detail").isObject()) {
      if (node.get("detail").has("eventSource")) {
        events.add(node.get("detail"));
      } else {
        notEvents.add(file + ": " + node.path("detail-type").asText("detail without eventSource"));
      }
    } else if (node.has("eventSource") && node.has("eventName")) {
      events.add(node);
    } else {
      notEvents.add(file + ": object without eventSource/eventName");
    }
  }
}
