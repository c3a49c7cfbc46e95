package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.oaa.reasoning.errors.CatalogException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads over real HTTP from a JDK server on loopback that serves the fixture catalog in AWS's
 * published shape: an index at the root with absolute URLs to {@code /v1/<prefix>/<prefix>.json}.
 */
class ServiceReferenceDownloaderTest {
  private static final List<String> SERVICES = List.of("iam", "lambda", "s3", "sts");

  @TempDir Path cache;

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
  private final Set<String> unavailable = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void serve(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String path = exchange.getRequestURI().getPath();
    if (unavailable.contains(path)) {
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
      return;
    }
    byte[] body = overrides.get(path);
    if (body == null && path.equals("/")) {
      body = index().getBytes(StandardCharsets.UTF_8);
    } else if (body == null && path.startsWith("/v1/")) {
      Path file = Fixtures.directory("fixture").resolve(Path.of(path).getFileName().toString());
      body = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }
    exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
    if (body != null) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  private String index() {
    return SERVICES.stream()
        .map(s -> "{\"service\":\"%s\",\"url\":\"%sv1/%s/%s.json\"}".formatted(s, base(), s, s))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void downloadsOnceThenLoadsFromTheCache() {
    ServiceCatalog first = ServiceReferenceLoader.load(base(), cache);

    assertThat(first.servicePrefixes()).containsExactlyElementsOf(SERVICES);
    assertThat(requests.get()).isEqualTo(1 + SERVICES.size());
    assertThat(cache.resolve("s3.json"))
        .hasSameBinaryContentAs(Fixtures.directory("fixture").resolve("s3.json"));
    assertThat(cache.resolve("index.json")).content().contains("\"url\" : \"./s3.json\"");

    ServiceCatalog second = ServiceReferenceLoader.load(base(), cache);

    assertThat(requests.get()).isEqualTo(1 + SERVICES.size());
    assertThat(second.actions()).isEqualTo(first.actions());
  }

  @Test
  void reportsAnHttpErrorWithTheUrlAndLeavesNoIndexSoTheNextCallRetries() {
    unavailable.add("/v1/s3/s3.json");

    assertThatThrownBy(() -> ServiceReferenceDownloader.download(base(), cache))
        .isInstanceOf(CatalogException.class)
        .hasMessage("Cannot download service reference " + base() + "v1/s3/s3.json: HTTP 503");
    assertThat(cache.resolve("index.json")).doesNotExist();

    unavailable.clear();
    assertThat(ServiceReferenceLoader.load(base(), cache).isKnownService("s3")).isTrue();
  }

  @Test
  void refusesToCacheAnInvalidServiceFile() {
    overrides.put("/v1/sts/sts.json", "{\"Name\": \"sts\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> ServiceReferenceDownloader.download(base(), cache))
        .isInstanceOf(CatalogException.class)
        .hasMessage(
            "Cannot load service reference " + base() + "v1/sts/sts.json: /Actions: missing");
    assertThat(cache.resolve("index.json")).doesNotExist();
    assertThat(cache.resolve("sts.json")).doesNotExist();
  }

  @Test
  void reportsAnIndexThatCannotBeFetched() {
    URI missing = base().resolve("/no-such-index.json");

    assertThatThrownBy(() -> ServiceReferenceDownloader.download(missing, cache))
        .hasMessage("Cannot download service reference " + missing + ": HTTP 404");
  }

  @Test
  void resolvesRelativeUrlsAgainstTheIndex() {
    overrides.put(
        "/catalog/index.json",
        "[{\"service\":\"sts\",\"url\":\"./sts.json\"}]".getBytes(StandardCharsets.UTF_8));
    overrides.put("/catalog/sts.json", fixture("sts.json"));

    ServiceCatalog catalog =
        ServiceReferenceLoader.load(base().resolve("/catalog/index.json"), cache);

    assertThat(catalog.servicePrefixes()).containsExactly("sts");
  }

  private static byte[] fixture(String name) {
    try {
      return Files.readAllBytes(Fixtures.directory("fixture").resolve(name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
