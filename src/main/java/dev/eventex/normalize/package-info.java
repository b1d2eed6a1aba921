/**
 * Internal. Stage 3 of the pipeline: normalization (ISO dates against the publication
 * date, money and quantities, country codes) and per-document coreference.
 */
package dev.eventex.normalize;
