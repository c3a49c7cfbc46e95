package dev.oaa.reasoning.catalog;

/**
 * A service file that {@link ServiceReferenceLoader#loadCollectingErrors} skipped.
 *
 * @param source the file
 * @param message the one-line error, naming the file and the problem
 */
public record CatalogLoadError(String source, String message) {}
