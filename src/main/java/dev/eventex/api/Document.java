package dev.eventex.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input text to extract events from.
 *
 * @param id     identifier echoed in the result (a file name, a database key); never null
 * @param text   the raw text; offsets in the result are UTF-16 char offsets into it
 * @param date   optional publication date; anchors relative dates ("yesterday"). When null,
 *               a date header in the text is used if present
 * @param source optional origin (a path as given, a URL); echoed in the result
 */
public record Document(String id, String text, LocalDate date, String source) {

    /**
     * Checks that id and text are given.
     *
     * @param id     see {@link #id()}
     * @param text   see {@link #text()}
     * @param date   see {@link #date()}
     * @param source see {@link #source()}
     */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A document with an id and text, no date and no source.
     *
     * @param id   identifier echoed in the result
     * @param text the raw text
     * @return the document
     */
    public static Document of(String id, String text) {
        return new Document(id, text, null, null);
    }

    /**
     * A copy of this document with the given publication date.
     *
     * @param newDate the publication date, or null for none
     * @return the copy
     */
    public Document withDate(LocalDate newDate) {
        return new Document(id, text, newDate, source);
    }

    /**
     * A copy of this document with the given source.
     *
     * @param newSource the origin to echo in the result, or null for none
     * @return the copy
     */
    public Document withSource(String newSource) {
        return new Document(id, text, date, newSource);
    }
}
