package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.errors.CatalogException;
import dev.oaa.reasoning.errors.Errors;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a {@link ServiceCatalog} from the Service Reference JSON in AWS's published layout: a
 * directory holding {@code index.json} ({@code [{"service", "url"}]}) and one {@code <prefix>.json}
 * per service. An entry with a relative URL ({@code ./s3.json}) names a file in the directory; one
 * with an absolute URL (AWS's own index) names {@code <prefix>.json}.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link #load(Path)} fails on the first bad file, with a one-line {@link CatalogException}
 *       naming the file and the problem. Use it where a partial catalog would give wrong answers
 *       (checks, findings).
 *   <li>{@link #loadCollectingErrors(Path)} skips bad service files and returns them with the
 *       catalog of the good ones, for jobs that must keep going and record what they skipped. An
 *       unreadable {@code index.json} still fails: without it there is nothing to load.
 * </ul>
 *
 * <p>{@link #load(URI, Path)} downloads AWS's catalog into a cache directory once (see {@link
 * ServiceReferenceDownloader}) and loads it from there.
 */
public final class ServiceReferenceLoader {
  /** The name of the index file in a Service Reference directory. */
  public static final String INDEX = "index.json";

  private ServiceReferenceLoader() {}

  /**
   * Loads every service listed in {@code directory/index.json}.
   *
   * @throws CatalogException for the first file that is missing or invalid
   */
  public static ServiceCatalog load(Path directory) {
    List<ServiceDefinition> services = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Parsed parsed : parseAll(directory)) {
      services.add(check(parsed, seen));
    }
    return ServiceCatalog.of(services);
  }

  /** Loads the services listed in {@code directory/index.json}, skipping and reporting bad ones. */
  public static CatalogLoadResult loadCollectingErrors(Path directory) {
    List<ServiceDefinition> services = new ArrayList<>();
    List<CatalogLoadError> errors = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Parsed parsed : parseAll(directory)) {
      try {
        services.add(check(parsed, seen));
      } catch (CatalogException e) {
        errors.add(new CatalogLoadError(e.source(), e.getMessage()));
      }
    }
    return new CatalogLoadResult(ServiceCatalog.of(services), errors);
  }

  /**
   * Downloads the catalog whose index is at {@code indexUrl} into {@code cacheDirectory} unless the
   * cache is already complete, then loads it with {@link #load(Path)}.
   *
   * @param indexUrl the index, e.g. {@link ServiceReferenceDownloader#AWS_INDEX}
   * @param cacheDirectory where the files are kept; delete it to download again
   */
  public static ServiceCatalog load(URI indexUrl, Path cacheDirectory) {
    return load(ServiceReferenceDownloader.download(indexUrl, cacheDirectory));
  }

  private static List<ServiceIndexEntry> index(Path directory) {
    Path index = directory.resolve(INDEX);
    return ServiceIndexEntry.parse(read(index), index.toString());
  }

  /**
   * Reads and parses every listed file, in parallel (parsing dominates the load time), keeping the
   * index order so that errors and duplicates are reported deterministically.
   */
  private static List<Parsed> parseAll(Path directory) {
    return index(directory).parallelStream().map(entry -> parse(directory, entry)).toList();
  }

  private static Parsed parse(Path directory, ServiceIndexEntry entry) {
    try {
      Path file = fileOf(directory, entry);
      return new Parsed(
          entry, file.toString(), ServiceReferenceParser.parse(read(file), file.toString()), null);
    } catch (CatalogException e) {
      return new Parsed(entry, e.source(), null, e);
    }
  }

  /** The parsed service, checked against its index entry and the services before it. */
  private static ServiceDefinition check(Parsed parsed, Map<String, String> seen) {
    if (parsed.error() != null) {
      throw parsed.error();
    }
    ServiceDefinition service = parsed.service();
    if (!service.prefix().equalsIgnoreCase(parsed.entry().service())) {
      throw Errors.catalogFile(
          parsed.source(),
          "/Name: `"
              + service.prefix()
              + "` does not match the service `"
              + parsed.entry().service()
              + "` listed in "
              + INDEX,
          null);
    }
    String earlier = seen.putIfAbsent(service.prefix().toLowerCase(Locale.ROOT), parsed.source());
    if (earlier != null) {
      throw Errors.catalogFile(
          parsed.source(),
          "service `" + service.prefix() + "` is already defined by " + earlier,
          null);
    }
    return service;
  }

  /** One index entry after parsing: the service, or the error that prevented it. */
  private record Parsed(
      ServiceIndexEntry entry, String source, ServiceDefinition service, CatalogException error) {}

  /** The local file of an entry; a relative URL must stay inside the directory. */
  private static Path fileOf(Path directory, ServiceIndexEntry entry) {
    URI url;
    try {
      url = new URI(entry.url());
    } catch (URISyntaxException e) {
      throw Errors.catalogFile(
          directory.resolve(INDEX).toString(),
          "entry `" + entry.service() + "` has an invalid URL: " + e.getMessage(),
          e);
    }
    if (url.isAbsolute()) {
      return directory.resolve(entry.fileName());
    }
    Path file = directory.resolve(url.getPath()).normalize();
    if (!file.startsWith(directory.normalize())) {
      throw Errors.catalogFile(
          directory.resolve(INDEX).toString(),
          "entry `" + entry.service() + "` points outside the directory: " + entry.url(),
          null);
    }
    return file;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw Errors.catalogFile(file.toString(), "file not found", e);
    } catch (IOException e) {
      throw Errors.catalogFile(file.toString(), "cannot read: " + e.getMessage(), e);
    }
  }
}
