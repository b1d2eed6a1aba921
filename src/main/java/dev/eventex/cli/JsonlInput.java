package dev.eventex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Documents from JSON Lines files, the common form of news corpora: one object per line with
 * {@code id} (a string or an integer), {@code text} and an optional {@code date}
 * ({@code YYYY-MM-DD}, or an ISO date-time whose date is taken); other fields are ignored and
 * blank lines skipped. Each line is one {@link InputItem} with the text already read, its source
 * {@code FILE:LINE}. A line that is not such an object becomes an item with the error
 * {@value #INVALID_LINE} (keeping its id when it has one), so the batch goes on and the line
 * still gets its result. Files are read lazily, one line at a time.
 */
final class JsonlInput implements Iterator<InputItem> {

    /** Error code of a line that is not an object with an id and a text. */
    static final String INVALID_LINE = "INVALID_JSONL";

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private final Iterator<String> files;
    private final long maxLineBytes;
    private final Supplier<InputStream> stdin;
    private final ObjectMapper mapper = new ObjectMapper();

    private String file;
    private InputStream in;
    private int lineNo;
    private InputItem next;

    /**
     * @param files        JSON Lines files as given, "-" for standard input
     * @param maxLineBytes longest line read; a longer one is skipped and reported as TOO_LARGE
     * @param stdin        standard input, opened when "-" is reached
     */
    JsonlInput(List<String> files, long maxLineBytes, Supplier<InputStream> stdin) {
        this.files = files.iterator();
        this.maxLineBytes = maxLineBytes;
        this.stdin = stdin;
    }

    /** Checks every file can be a JSON Lines input (usage errors come before any work). */
    static void validate(List<String> files) throws InputLister.UsageException {
        for (String f : files) {
            if (f.equals("-")) {
                continue;
            }
            Path p = Path.of(f);
            if (!Files.exists(p)) {
                throw new InputLister.UsageException("--jsonl: no such file: " + f);
            }
            if (Files.isDirectory(p)) {
                throw new InputLister.UsageException("--jsonl: " + f + " is a directory, not a JSON Lines file");
            }
        }
    }

    /** Non-blank lines of the regular files among {@code files} (for the progress bar). */
    static int count(List<String> files) {
        int n = 0;
        for (String f : files) {
            if (f.equals("-") || !Files.isRegularFile(Path.of(f))) {
                continue;
            }
            try (var lines = Files.lines(Path.of(f), StandardCharsets.ISO_8859_1)) {
                n += (int) lines.filter(l -> !l.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable file shows up as an error line; the bar is only an estimate
            }
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (in == null && !open()) {
                return false;
            }
            if (in != null) {
                next = readItem();
            }
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    /** Opens the next file; false when none is left. A file that cannot be opened yields an error item. */
    private boolean open() {
        if (!files.hasNext()) {
            return false;
        }
        file = files.next();
        lineNo = 0;
        try {
            in = new BufferedInputStream(file.equals("-") ? stdin.get() : Files.newInputStream(Path.of(file)), 1 << 16);
        } catch (java.nio.file.AccessDeniedException e) {
            next = InputItem.failed(file, "UNREADABLE", "permission denied: " + file);
        } catch (IOException e) {
            next = InputItem.failed(file, "IO_ERROR", "cannot read " + file + ": " + ExtractCommand.describe(e));
        }
        return true;
    }

    /** The item of the next non-blank line, or null at the end of the file (which is then closed). */
    private InputItem readItem() {
        while (true) {
            Line line;
            try {
                line = readLine();
            } catch (IOException e) {
                close();
                return new InputItem(source(), null, source(), "IO_ERROR",
                        "cannot read " + file + " after line " + (lineNo - 1) + ": " + ExtractCommand.describe(e));
            }
            if (line == null) {
                close();
                return null;
            }
            if (line.tooLong()) {
                return new InputItem(source(), null, source(), "TOO_LARGE",
                        "line " + lineNo + " of " + file + " is longer than " + maxLineBytes + " bytes");
            }
            byte[] b = line.bytes();
            if (lineNo == 1 && b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                b = java.util.Arrays.copyOfRange(b, 3, b.length);
            }
            String encodingError = null;
            String s;
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                s = new String(b, StandardCharsets.UTF_8);
                encodingError = "line " + lineNo + " of " + file + " is not valid UTF-8; invalid bytes were replaced with U+FFFD";
            }
            if (s.isBlank()) {
                continue;
            }
            return parse(s, encodingError);
        }
    }

    private InputItem parse(String line, String encodingError) {
        JsonNode n;
        try {
            n = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            return invalid(null, "line " + lineNo + " of " + file + " is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return invalid(null, "line " + lineNo + " of " + file + " is not a JSON object with id and text");
        }
        JsonNode idNode = n.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isIntegralNumber()) ? idNode.asText() : null;
        if (id == null) {
            return invalid(null, "line " + lineNo + " of " + file + " has no id (a string or an integer)");
        }
        JsonNode textNode = n.get("text");
        if (textNode == null || !textNode.isTextual()) {
            return invalid(id, "line " + lineNo + " of " + file + " has no text (a string)");
        }
        LocalDate date = null;
        JsonNode dateNode = n.get("date");
        if (dateNode != null && !dateNode.isNull()) {
            date = dateNode.isTextual() ? date(dateNode.asText()) : null;
            if (date == null) {
                return invalid(id, "line " + lineNo + " of " + file + ": date must be YYYY-MM-DD or an ISO date-time, got " + dateNode);
            }
        }
        return new InputItem(source(), null, id, encodingError == null ? null : "INVALID_ENCODING", encodingError,
                textNode.asText(), date);
    }

    private static LocalDate date(String s) {
        try {
            if (DATE_TIME.matcher(s).matches()) {
                // a publication timestamp: its date, as written (no shift to another time zone)
                java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(s);
                return LocalDate.parse(s.substring(0, 10));
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private InputItem invalid(String id, String message) {
        return new InputItem(source(), null, id == null ? source() : id, INVALID_LINE, message);
    }

    private String source() {
        return file + ":" + lineNo;
    }

    private record Line(byte[] bytes, boolean tooLong) {
    }

    /** The next line's bytes without its end ({@code \n} or {@code \r\n}), or null at the end. */
    private Line readLine() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (buf.size() < maxLineBytes) {
                buf.write(c);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        lineNo++;
        byte[] b = buf.toByteArray();
        if (b.length > 0 && b[b.length - 1] == '\r') {
            b = java.util.Arrays.copyOf(b, b.length - 1);
        }
        return new Line(b, tooLong);
    }

    private void close() {
        try {
            if (in != null && !file.equals("-")) {
                in.close();
            }
        } catch (IOException e) {
            // read to the end already; nothing to lose
        }
        in = null;
    }
}
