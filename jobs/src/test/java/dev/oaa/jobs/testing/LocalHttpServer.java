package dev.oaa.jobs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * An HTTP server on 127.0.0.1 (an ephemeral port) that records every request and answers with a
 * scripted handler, for tests of clients that speak to AWS APIs and webhooks. The handler gets the
 * request and its 0-based number, so "throttle twice, then succeed" is {@code (request, n) -> n < 2
 * ? throttle : ok}.
 */
public final class LocalHttpServer implements AutoCloseable {

  /** A received request; header names in lower case. */
  public record Request(String method, String path, Map<String, String> headers, String body) {

    /** The header's value, or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The body as an {@code application/x-www-form-urlencoded} form, in order. */
    public Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      for (String pair : body.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        form.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
      return form;
    }
  }

  /** A response to send. */
  public record Response(int status, String contentType, String body, Map<String, String> headers) {

    /** A JSON response. */
    public static Response json(int status, String body) {
      return new Response(status, "application/json", body, Map.of());
    }

    /** An XML response. */
    public static Response xml(int status, String body) {
      return new Response(status, "text/xml", body, Map.of());
    }

    /** This response with one more header. */
    public Response withHeader(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Response(status, contentType, body, more);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new ArrayList<>();

  private LocalHttpServer(BiFunction<Request, Integer, Response> handler) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a local HTTP server", e);
    }
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", exchange -> handle(exchange, handler));
    server.start();
  }

  /** Starts a server answering with {@code handler}. */
  public static LocalHttpServer start(BiFunction<Request, Integer, Response> handler) {
    return new LocalHttpServer(handler);
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The requests received so far, in order. */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A loopback port where nothing listens (connections are refused). */
  public static int refusedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange exchange, BiFunction<Request, Integer, Response> handler)
      throws IOException {
    try (exchange) {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      URI uri = exchange.getRequestURI();
      Request request =
          new Request(exchange.getRequestMethod(), uri.getRawPath(), Map.copyOf(headers), body);
      int number;
      synchronized (this) {
        number = requests.size();
        requests.add(request);
      }
      Response response = handler.apply(request, number);
      byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
