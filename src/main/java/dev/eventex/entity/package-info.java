/**
 * Internal. Stage 2 of the pipeline: entity mentions from a trained OpenNLP name finder,
 * gazetteers compiled to a trie, and patterns for titles, organizations, dates, money and
 * quantities; then one non-overlapping set of mentions per sentence.
 */
package dev.eventex.entity;
