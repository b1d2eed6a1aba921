/**
 * The results viewer: renders the output contract's JSON as one self-contained HTML report
 * (inline CSS and JavaScript, data embedded as escaped JSON, no network). Internal; the CLI's
 * {@code view} command is its user.
 */
package dev.eventex.view;
