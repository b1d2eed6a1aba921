package dev.eventex.normalize;

import dev.eventex.internal.Lexicons;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a header line at the top of a text: {@code date 2025-06-28},
 * {@code Published: 14 March 2025}, {@code Posted on March 14, 2025}, a bare
 * {@code 2025-03-14}. Only the first three non-blank lines are looked at, and only when the
 * date opens the line (after an optional label), so a date in the body is never taken. The
 * labels are the lexicon {@code date-header-labels}. Immutable and thread-safe.
 */
public final class DateHeader {

    private final Pattern header;
    private final Pattern labelled;
    private final DateNormalizer normalizer = new DateNormalizer();

    /** A reader for the labels of the extractor's lexicons. */
    public DateHeader(Lexicons lexicons) {
        this(lexicons.get(Lexicons.DATE_HEADER_LABELS));
    }

    /**
     * A reader for the given labels ("published", "posted"...), matched case-insensitively, each
     * optionally followed by "on" and a colon.
     */
    public DateHeader(Collection<String> labels) {
        // the longest label first, so "dated" is not read as "date" followed by junk
        String alternatives = labels.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String label = alternatives.isEmpty() ? "" : "(?:(?:" + alternatives + ")(?:\\s+on)?\\s*:?\\s*)?";
        header = Pattern.compile("^\\s*" + label + "(?<date>\\d{4}-\\d{2}-\\d{2}"
                + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateNormalizer.MONTH_REGEX + ",?\\s+\\d{4}"
                + "|" + DateNormalizer.MONTH_REGEX + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
        labelled = alternatives.isEmpty() ? null : Pattern.compile("\\s*(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** The header date, if the text starts with one. */
    public Optional<LocalDate> detect(String text) {
        return find(text).map(Stamp::date);
    }

    /**
     * A publication stamp at the top of a text: its date, and where the date itself stands
     * ({@code [start, end)}); never the date of something the text reports.
     */
    public record Stamp(LocalDate date, int start, int end) {

        /** Whether {@code [from, to)} overlaps the stamp's date. */
        public boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    /** The stamp the text starts with, if any. */
    public Optional<Stamp> find(String text) {
        int pos = 0;
        int lines = 0;
        while (pos < text.length() && lines < 3) {
            int lineStart = pos;
            int nl = text.indexOf('\n', pos);
            String line = text.substring(pos, nl < 0 ? text.length() : nl);
            pos = nl < 0 ? text.length() : nl + 1;
            if (line.isBlank()) {
                continue;
            }
            lines++;
            Matcher m = header.matcher(line);
            // a long line is body text unless the date is labelled ("date 2025-06-28 ..."):
            // some archives run the header into the first paragraph
            if (m.find() && (line.length() <= 200 || (labelled != null && labelled.matcher(line).lookingAt()))) {
                // an ISO timestamp ("2025-06-28T10:00:00Z") counts by its date part
                String v = normalizer.normalize(m.group("date"), null);
                if (v != null && v.length() == 10) {
                    return Optional.of(new Stamp(LocalDate.parse(v), lineStart + m.start("date"), lineStart + m.end("date")));
                }
            }
        }
        return Optional.empty();
    }
}
