package dev.eventex.cli;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One document to process: where it comes from as the user gave it, and a problem found
 * while listing it (an unreadable entry, a symlink loop, a malformed JSON Lines line), if any.
 *
 * @param source   the path as given ("-" for standard input; {@code FILE:LINE} for a line of
 *                 a JSON Lines input)
 * @param path     the file, or null for standard input, an entry that cannot be read, or text
 *                 already read
 * @param id       the document id (the file name, or the {@code id} of a JSON Lines line)
 * @param errorCode problem found while listing, or null
 * @param errorMessage explanation of that problem
 * @param text     the text when it was read while listing (JSON Lines input), else null; with
 *                 an error code too, the text is processed and the error reported with it
 * @param date     the publication date given with {@code text}, or null
 */
record InputItem(String source, Path path, String id, String errorCode, String errorMessage, String text, LocalDate date) {

    InputItem(String source, Path path, String id, String errorCode, String errorMessage) {
        this(source, path, id, errorCode, errorMessage, null, null);
    }

    static InputItem file(String source, Path path) {
        return new InputItem(source, path, path.getFileName() == null ? source : PathNames.fileName(path), null, null);
    }

    static InputItem stdin() {
        return new InputItem("-", null, "stdin", null, null);
    }

    static InputItem failed(String source, String code, String message) {
        Path p = Path.of(source).getFileName();
        return new InputItem(source, null, p == null ? source : p.toString(), code, message);
    }
}
