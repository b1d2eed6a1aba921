package dev.eventex.spark;

import dev.eventex.api.Document;
import dev.eventex.api.DocumentInfo;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.ProcessingError;
import dev.eventex.internal.InputReader;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One document, from raw bytes or text to one result, never throwing: whatever goes wrong
 * (empty, binary, too large, unreadable, an extraction that throws) becomes a result with
 * {@code errors}, so a Spark stage never fails on a document and never drops one. Files are
 * decoded and dated exactly as the CLI does ({@link InputReader}, a date header wins over the
 * fallback date), so both give the same JSON for the same file.
 */
public final class DocumentProcessor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The CLI's limit on a file's size. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** The extractor's limit on a text's length in chars. */
    public static final int DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

    private final ExtractionEngine engine;
    private final long maxBytes;
    private final int maxChars;

    /**
     * @param engine       extracts one document (see {@link ExtractionEngine#shared})
     * @param maxBytes     files larger than this become {@code TOO_LARGE} rows without being read
     * @param maxChars     texts longer than this become {@code TOO_LARGE} rows
     */
    public DocumentProcessor(ExtractionEngine engine, long maxBytes, int maxChars) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    /** The packaged models with the CLI's limits and no fallback date. */
    public static DocumentProcessor defaults() {
        return new DocumentProcessor(ExtractionEngine.shared(ExtractorSettings.defaults()), DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS);
    }

    /** Reads a file's bytes; called only for files within the size limit. */
    @FunctionalInterface
    interface ByteSource {
        byte[] read() throws IOException;
    }

    /** A file: the size checked before reading, then decoded and extracted as the CLI does. */
    ExtractionResult file(String id, String source, long length, ByteSource bytes) {
        if (length > maxBytes) {
            return failed(id, source, "TOO_LARGE", "the file has " + length + " bytes; the limit is " + maxBytes);
        }
        InputReader.Decoded d;
        try {
            d = InputReader.decode(bytes.read());
        } catch (IOException e) {
            return failed(id, source, "IO_ERROR", "cannot read " + source + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(id, source, "TOO_LARGE", "not enough memory to read " + source);
        }
        if (d.text() == null) {
            return failed(id, source, d.errorCode(), d.errorMessage());
        }
        // the extractor dates it: its header, else the settings' fallback date
        ExtractionResult r = extract(new Document(id, d.text(), null, source));
        return d.errorCode() == null ? r : withError(r, new ProcessingError(d.errorCode(), d.errorMessage()));
    }

    /** A text given as a string (a Dataset or Parquet column); {@code date} may be a date, a timestamp, an ISO string or null. */
    ExtractionResult text(String id, String source, String text, Object date) {
        String docId = id == null ? "" : id;
        if (id == null) {
            return failed(docId, source, "MISSING_ID", "the document has no id");
        }
        if (text == null) {
            return failed(docId, source, "EMPTY_INPUT", "the document has no text");
        }
        if (text.length() > maxChars) {
            return failed(docId, source, "TOO_LARGE", "the document has " + text.length() + " chars; the limit is " + maxChars);
        }
        if (InputReader.looksBinary(text.getBytes(StandardCharsets.UTF_8))) {
            return failed(docId, source, "BINARY_INPUT", "the text looks binary (control characters or NULs), not text");
        }
        LocalDate given;
        try {
            given = toDate(date);
        } catch (DateTimeParseException e) {
            ExtractionResult r = extract(new Document(docId, text, null, source));
            return withError(r, new ProcessingError("INVALID_DATE", "the date '" + date + "' is not YYYY-MM-DD; it was ignored"));
        }
        return extract(new Document(docId, text, given, source));
    }

    private ExtractionResult extract(Document doc) {
        try {
            return engine.extract(doc);
        } catch (RuntimeException | StackOverflowError e) {
            return failed(doc.id(), doc.source(), "INTERNAL_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return failed(doc.id(), doc.source(), "INTERNAL_ERROR", "out of memory on a text of " + doc.text().length() + " chars");
        }
    }

    static LocalDate toDate(Object date) {
        if (date == null) {
            return null;
        }
        if (date instanceof LocalDate d) {
            return d;
        }
        if (date instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (date instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (date instanceof Instant i) {
            return LocalDateTime.ofInstant(i, ZoneOffset.UTC).toLocalDate();
        }
        String s = date.toString().trim();
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static ExtractionResult withError(ExtractionResult r, ProcessingError e) {
        List<ProcessingError> errs = new ArrayList<>(r.errors());
        errs.add(0, e);
        return r.withErrors(errs);
    }

    private static ExtractionResult failed(String id, String source, String code, String message) {
        return ExtractionResult.failed(new DocumentInfo(id, source, null, 0), new ProcessingError(code, message));
    }
}
