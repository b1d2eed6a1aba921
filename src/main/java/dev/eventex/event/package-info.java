/**
 * Internal. Stage 4 of the pipeline: the declarative event rules ({@code models/rules/*.json}),
 * their token-pattern language, the matcher that fills roles, and the assembler that merges
 * repeated mentions of one event into one record.
 */
package dev.eventex.event;
