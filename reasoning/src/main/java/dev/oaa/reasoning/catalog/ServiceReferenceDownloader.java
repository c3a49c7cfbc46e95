package dev.oaa.reasoning.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.oaa.reasoning.errors.CatalogException;
import dev.oaa.reasoning.errors.Errors;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Downloads the Service Reference (the index and every service file) into a local cache directory
 * once; later calls find the cache complete and make no request.
 *
 * <p>The cache is complete when it holds {@code index.json}, which is written last, after every
 * service file has been downloaded, checked with the same parser as the loader, and moved into
 * place. A failed download leaves no {@code index.json}, so the next call starts again. The cached
 * index lists relative URLs ({@code ./s3.json}), so the cache is itself a Service Reference
 * directory for {@link ServiceReferenceLoader#load(Path)}. To refresh, delete the directory.
 */
public final class ServiceReferenceDownloader {
  /** The index AWS publishes: {@code [{"service": "s3", "url": "https://…/v1/s3/s3.json"}, …]}. */
  public static final URI AWS_INDEX =
      URI.create("https://servicereference.us-east-1.amazonaws.com/");

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final int PARALLEL_DOWNLOADS = 8;

  private ServiceReferenceDownloader() {}

  /**
   * Makes {@code cacheDirectory} a complete copy of the catalog at {@code indexUrl}, downloading
   * only if it is not complete yet.
   *
   * @return {@code cacheDirectory}
   * @throws CatalogException if a file cannot be downloaded or is not valid
   */
  public static Path download(URI indexUrl, Path cacheDirectory) {
    Path index = cacheDirectory.resolve(ServiceReferenceLoader.INDEX);
    if (Files.isRegularFile(index)) {
      return cacheDirectory;
    }
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    URI base = indexUrl.getPath().isEmpty() ? indexUrl.resolve("/") : indexUrl;
    List<ServiceIndexEntry> entries = ServiceIndexEntry.parse(get(client, base), base.toString());
    try {
      Files.createDirectories(cacheDirectory);
      downloadAll(client, base, entries, cacheDirectory);
      writeAtomically(index, localIndex(entries));
    } catch (IOException e) {
      throw Errors.catalogFile(cacheDirectory.toString(), "cannot write the cache: " + e, e);
    }
    return cacheDirectory;
  }

  private static void downloadAll(
      HttpClient client, URI base, List<ServiceIndexEntry> entries, Path directory) {
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_DOWNLOADS);
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (ServiceIndexEntry entry : entries) {
        pending.add(pool.submit(() -> downloadOne(client, base, entry, directory)));
      }
      for (Future<?> future : pending) {
        future.get();
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("Unexpected download failure", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.catalogDownload(base.toString(), "interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void downloadOne(
      HttpClient client, URI base, ServiceIndexEntry entry, Path directory) {
    URI url = base.resolve(entry.url());
    byte[] body = get(client, url);
    ServiceDefinition service = ServiceReferenceParser.parse(body, url.toString());
    if (!service.prefix().equalsIgnoreCase(entry.service())) {
      throw Errors.catalogFile(
          url.toString(),
          "/Name: `" + service.prefix() + "` does not match the service `" + entry.service() + "`",
          null);
    }
    Path file = directory.resolve(entry.fileName());
    try {
      writeAtomically(file, body);
    } catch (IOException e) {
      throw Errors.catalogFile(file.toString(), "cannot write the cache: " + e, e);
    }
  }

  private static byte[] get(HttpClient client, URI url) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT).GET().build();
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw Errors.catalogDownload(url.toString(), "HTTP " + response.statusCode(), null);
      }
      return response.body();
    } catch (IOException e) {
      throw Errors.catalogDownload(url.toString(), e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.catalogDownload(url.toString(), "interrupted", e);
    }
  }

  /** The cached index: the same services, with relative URLs to the cached files. */
  private static byte[] localIndex(List<ServiceIndexEntry> entries) throws IOException {
    ArrayNode index = ServiceReferenceParser.JSON.createArrayNode();
    for (ServiceIndexEntry entry : entries) {
      index.addObject().put("service", entry.service()).put("url", "./" + entry.fileName());
    }
    return ServiceReferenceParser.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(index);
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try {
      Files.write(temp, content);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
