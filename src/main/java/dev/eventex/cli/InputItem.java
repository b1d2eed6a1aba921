package dev.eventex.cli;

import java.nio.file.Path;

/**
 * One document to process: where it comes from as the user gave it, and a problem found
 * while listing it (an unreadable entry, a symlink loop), if any.
 *
 * @param source   the path as given (or "-" for standard input)
 * @param path     the file, or null for standard input or an entry that cannot be read
 * @param id       the document id (the file name)
 * @param errorCode problem found while listing, or null
 * @param errorMessage explanation of that problem
 */
record InputItem(String source, Path path, String id, String errorCode, String errorMessage) {

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
