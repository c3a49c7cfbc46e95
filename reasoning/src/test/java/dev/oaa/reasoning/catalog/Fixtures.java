package dev.oaa.reasoning.catalog;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The hand-written fixture catalogs under {@code src/test/resources/catalog}. */
final class Fixtures {
  private static final ServiceCatalog CATALOG = ServiceReferenceLoader.load(directory("fixture"));

  private Fixtures() {}

  /** The fixture directory {@code catalog/<name>} on the test class path. */
  static Path directory(String name) {
    URL url = Fixtures.class.getResource("/catalog/" + name);
    if (url == null) {
      throw new IllegalStateException("Missing test resource /catalog/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small catalog of nine services in {@code catalog/fixture}. */
  static ServiceCatalog catalog() {
    return CATALOG;
  }
}
