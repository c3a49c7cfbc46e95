package dev.oaa.reasoning.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.oaa.reasoning.errors.Errors;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the Service Reference {@code index.json}: {@code {"service": "s3", "url": "…"}}. The
 * URL is absolute for AWS's published index and relative ({@code ./s3.json}) for a local copy.
 *
 * @param service the service prefix
 * @param url the URL of the service file, as written
 */
record ServiceIndexEntry(String service, String url) {
  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The file name under which a local copy or cache keeps this service. */
  String fileName() {
    return service + ".json";
  }

  /** Parses an index; {@code source} names it in error messages. */
  static List<ServiceIndexEntry> parse(byte[] json, String source) {
    JsonNode root = ServiceReferenceParser.readTree(json, source);
    if (!root.isArray()) {
      throw Errors.catalogFile(source, "/: expected an array of {service, url}", null);
    }
    List<ServiceIndexEntry> entries = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode service = root.get(i).path("service");
      JsonNode url = root.get(i).path("url");
      // The prefix becomes a file name in the cache, so it must not be a path.
      if (!service.isTextual() || !PREFIX.matcher(service.asText()).matches()) {
        throw Errors.catalogFile(
            source, "/" + i + "/service: expected a service prefix, got " + service, null);
      }
      if (!url.isTextual() || url.asText().isBlank()) {
        throw Errors.catalogFile(source, "/" + i + "/url: expected a URL, got " + url, null);
      }
      entries.add(new ServiceIndexEntry(service.asText(), url.asText()));
    }
    return entries;
  }
}
