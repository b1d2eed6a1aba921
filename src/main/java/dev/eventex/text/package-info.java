/**
 * Internal. Stage 1 of the pipeline: sentences, tokens with char offsets, POS tags and
 * lemmas (Apache OpenNLP with the Maven Central English models).
 */
package dev.eventex.text;
