/**
 * The AWS service catalog: every service prefix, action, resource type and condition key, loaded
 * from the Service Reference JSON that AWS publishes, with wildcard expansion, access levels,
 * condition-key types and the mapping from CloudTrail events to the IAM actions they need.
 */
package dev.oaa.reasoning.catalog;
