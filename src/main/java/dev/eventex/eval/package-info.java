/**
 * Internal. Scores extracted events against gold files: per-type precision, recall and F1
 * on required roles with one-to-one matching, and accuracy per optional role.
 */
package dev.eventex.eval;
