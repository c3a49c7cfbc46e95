package dev.oaa.reasoning.catalog;

import java.util.List;

/**
 * A catalog loaded from the readable service files, and the files that were skipped.
 *
 * @param catalog the services that loaded
 * @param errors one entry per skipped file, in index order
 */
public record CatalogLoadResult(ServiceCatalog catalog, List<CatalogLoadError> errors) {

  /** Copies the list. */
  public CatalogLoadResult {
    errors = List.copyOf(errors);
  }
}
