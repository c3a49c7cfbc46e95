/** The Spark types the functions return. */
package dev.oaa.udfs.schema;
