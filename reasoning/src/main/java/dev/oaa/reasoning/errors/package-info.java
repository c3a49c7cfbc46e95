/** User-facing errors: {@link dev.oaa.reasoning.errors.AccessAnalyzerException} and its factory. */
package dev.oaa.reasoning.errors;
