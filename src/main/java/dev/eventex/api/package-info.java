/**
 * The public API of Eventex: build one {@link dev.eventex.api.Extractor}, feed it
 * {@link dev.eventex.api.Document}s, read {@link dev.eventex.api.ExtractionResult}s.
 *
 * <p>Nullness convention for every record in this package: a component documented as
 * <em>optional</em> is {@code null} when unknown and is left out of the JSON output;
 * lists are never null (empty instead). Everything outside this package is internal and
 * may change without notice.
 */
package dev.eventex.api;
