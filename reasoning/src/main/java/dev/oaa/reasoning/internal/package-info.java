/** Helpers that are not public API: glob matching, canonical ordering. */
package dev.oaa.reasoning.internal;
