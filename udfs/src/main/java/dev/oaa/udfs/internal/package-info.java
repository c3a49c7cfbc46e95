/** Executor-side state of the functions: solver sessions and catalogs. Not API. */
package dev.oaa.udfs.internal;
