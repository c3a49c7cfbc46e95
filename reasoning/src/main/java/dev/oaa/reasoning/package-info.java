/** Pure-Java reasoning over IAM policies: no Spark, Hadoop or AWS SDK. */
package dev.oaa.reasoning;
