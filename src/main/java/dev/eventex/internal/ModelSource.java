package dev.eventex.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where models, gazetteers and rules are read from: the copy packaged in the jar under
 * {@code dev/eventex/models/}, and optionally a user directory laid out like the repository's
 * {@code models/} folder. Binary models ({@code ner/*.bin}, {@code syntax/*.mco}) in the directory
 * replace the packaged ones ({@link #open}); word lists and gazetteers are merged into the
 * packaged ones line by line ({@link #lines}); rules are merged by id by the rule loader.
 */
public final class ModelSource {

    /** A line of a user's word list or gazetteer starting with this word removes the packaged entry named after it. */
    public static final String REMOVE = "!remove";

    private static final String CLASSPATH_ROOT = "dev/eventex/models/";
    private final Path directory;

    private ModelSource(Path directory) {
        this.directory = directory;
    }

    /** One entry line of a text model file, and where it was read ({@code file:line}) for messages. */
    public record Line(String where, String text) {
    }

    /** The models packaged in the jar. */
    public static ModelSource classpath() {
        return new ModelSource(null);
    }

    /** A directory adding to (text files) or replacing (binary models) the packaged models file by file. */
    public static ModelSource directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("models directory does not exist: " + dir);
        }
        return new ModelSource(dir);
    }

    /** The user's models directory, or null for the packaged models alone. */
    public Path directoryOrNull() {
        return directory;
    }

    /** The user's copy of a file, or null when there is no directory or no such file in it. */
    public Path userFileOrNull(String relative) {
        if (directory == null) {
            return null;
        }
        Path p = directory.resolve(relative);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Opens the packaged copy of a file, ignoring the user's directory, or returns null when absent. */
    public InputStream openPackagedOrNull(String relative) {
        return ModelSource.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative);
    }

    /** Opens a file by its path relative to {@code models/}, the user's copy first, or returns null when absent. */
    public InputStream openOrNull(String relative) throws IOException {
        Path p = userFileOrNull(relative);
        if (p != null) {
            return Files.newInputStream(p);
        }
        return openPackagedOrNull(relative);
    }

    /** The URL of a file (for libraries that load by URL), the user's copy first, or null when absent. */
    public java.net.URL urlOrNull(String relative) {
        Path p = userFileOrNull(relative);
        if (p != null) {
            try {
                return p.toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalArgumentException("not a valid path: " + p, e);
            }
        }
        return ModelSource.class.getClassLoader().getResource(CLASSPATH_ROOT + relative);
    }

    /** Opens a file that must exist, the user's copy first (binary models are replaced whole). */
    public InputStream open(String relative) throws IOException {
        InputStream in = openOrNull(relative);
        if (in == null) {
            throw new IOException("missing model file: models/" + relative);
        }
        return in;
    }

    /** A name for messages: the user's copy when there is one, else {@code models/gazetteers/countries.tsv}. */
    public String describe(String relative) {
        Path p = userFileOrNull(relative);
        return p != null ? p.toString() : "models/" + relative;
    }

    /**
     * The entry lines (not blank, not {@code #} comments) of a word list or gazetteer: the packaged
     * file's, merged with the user's file of the same name. Lines are keyed by their first
     * tab-separated column (the entry itself in one-column files), compared as written after
     * trimming: a user line with a new key is added after the packaged lines, one with a packaged
     * key replaces that line in its place, and {@code !remove KEY} drops it. A key given twice in
     * the user's file, and a removal of a key the packaged file does not have, are added to
     * {@code errors} as {@code file:line: reason}. Returns null when neither copy exists.
     */
    public List<Line> lines(String relative, List<String> errors) throws IOException {
        List<Line> merged = null;
        try (InputStream in = openPackagedOrNull(relative)) {
            if (in != null) {
                merged = read("models/" + relative, in);
            }
        }
        Path user = userFileOrNull(relative);
        if (user == null) {
            return merged;
        }
        List<Line> userLines;
        try (InputStream in = Files.newInputStream(user)) {
            userLines = read(user.toString(), in);
        }
        if (merged == null) {
            merged = new ArrayList<>();
        }
        Map<String, Integer> packaged = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            packaged.putIfAbsent(key(merged.get(i).text()), i);
        }
        Map<String, Line> seen = new HashMap<>();
        List<Line> added = new ArrayList<>();
        for (Line line : userLines) {
            String text = line.text().strip();
            boolean remove = isRemoval(text);
            String key = key(remove ? text.substring(REMOVE.length()).strip() : text);
            if (remove && key.isEmpty()) {
                errors.add(line.where() + ": '" + REMOVE + "' must be followed by the entry to remove");
                continue;
            }
            if (seen.putIfAbsent(key, line) != null) {
                errors.add(line.where() + ": '" + key + "' is listed twice");
                continue;
            }
            Integer at = packaged.get(key);
            if (remove) {
                if (at == null) {
                    errors.add(line.where() + ": cannot remove '" + key + "': it is not in the packaged models/" + relative);
                } else {
                    merged.set(at, null);
                }
            } else if (at != null) {
                merged.set(at, line);
            } else {
                added.add(line);
            }
        }
        merged.removeIf(Objects::isNull);
        merged.addAll(added);
        return merged;
    }

    /**
     * The errors grouped by file (in the order files first appear) and, within a file, by line:
     * merged lines are checked in the packaged file's order, but a user reads their file top down.
     */
    public static List<String> inFileOrder(List<String> errors) {
        Map<String, List<String>> byFile = new java.util.LinkedHashMap<>();
        for (String e : errors) {
            java.util.regex.Matcher m = FILE_LINE.matcher(e);
            byFile.computeIfAbsent(m.lookingAt() ? m.group(1) : e, k -> new ArrayList<>()).add(e);
        }
        List<String> out = new ArrayList<>(errors.size());
        for (List<String> file : byFile.values()) {
            file.sort(java.util.Comparator.comparingLong(ModelSource::lineOf));
            out.addAll(file);
        }
        return out;
    }

    private static final java.util.regex.Pattern FILE_LINE = java.util.regex.Pattern.compile("(.+?):(\\d+): ");

    private static long lineOf(String error) {
        java.util.regex.Matcher m = FILE_LINE.matcher(error);
        return m.lookingAt() ? Long.parseLong(m.group(2)) : 0;
    }

    private static boolean isRemoval(String stripped) {
        return stripped.startsWith(REMOVE)
                && (stripped.length() == REMOVE.length() || Character.isWhitespace(stripped.charAt(REMOVE.length())));
    }

    private static String key(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).strip();
    }

    private static List<Line> read(String name, InputStream in) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            out.add(new Line(name + ":" + lineNo, line));
        }
        return out;
    }
}
