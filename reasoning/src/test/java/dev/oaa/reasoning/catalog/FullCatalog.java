package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.testing.CorpusData;
import java.nio.file.Path;

/**
 * The full catalog of the shared corpus ({@code service-reference}, 455 services), loaded once per
 * test JVM; tests that use it skip when the corpus is absent.
 */
final class FullCatalog {
  private static ServiceCatalog catalog;
  private static long loadMillis;

  private FullCatalog() {}

  /** The directory of the full catalog, or a skipped test. */
  static Path directory() {
    return CorpusData.require("service-reference");
  }

  /** The full catalog, or a skipped test. */
  static synchronized ServiceCatalog get() {
    Path directory = directory();
    if (catalog == null) {
      long start = System.nanoTime();
      catalog = ServiceReferenceLoader.load(directory);
      loadMillis = (System.nanoTime() - start) / 1_000_000;
    }
    return catalog;
  }

  /** How long the first load took, in milliseconds (includes JIT warm-up). */
  static synchronized long loadMillis() {
    get();
    return loadMillis;
  }
}
