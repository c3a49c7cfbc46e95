package dev.oaa.jobs.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link LocalS3Server} per test JVM, started on first use and stopped when the JUnit run ends.
 *
 * <p>Use it with {@code @ExtendWith(S3ProxyExtension.class)} and take a {@code LocalS3Server}
 * parameter. The server is shared like the Spark session, because s3a caches one file system per
 * bucket: a server per class would leave cached file systems pointing at a stopped port. Tests
 * therefore take their own bucket from {@link LocalS3Server#createBucket()}.
 */
public final class S3ProxyExtension implements BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(S3ProxyExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalS3Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static LocalS3Server server(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
        .server();
  }

  /** Adapts the server to JUnit's store, which closes it after the last test. */
  private record Running(LocalS3Server server) implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      try {
        return new Running(LocalS3Server.start());
      } catch (Exception e) {
        throw new IllegalStateException("Cannot start the local S3 server (s3proxy)", e);
      }
    }

    @Override
    public void close() {
      server.close();
    }
  }
}
