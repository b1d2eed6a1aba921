/**
 * Internal. Training and evaluation of the name-finder model: corpus readers for
 * CoNLL-2003-style columns, IOB2, CoNLL-U (GUM entity annotations), the GMB CSV and
 * OpenNLP's {@code <START:type>} format; the trainer; the exact-span evaluator; word
 * classes from unlabeled text for the cluster features ({@link dev.eventex.train.WordClusterer});
 * organization names mined from unlabeled text ({@link dev.eventex.train.OrganizationMiner}).
 */
package dev.eventex.train;
