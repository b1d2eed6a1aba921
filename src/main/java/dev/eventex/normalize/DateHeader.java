package dev.eventex.normalize;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from a header line at the top of a text: {@code date 2025-06-28},
 * {@code Published: 14 March 2025}, {@code Posted on March 14, 2025}, a bare
 * {@code 2025-03-14}. Only the first three non-blank lines are looked at, and only when the
 * date opens the line (after an optional label), so a date in the body is never taken.
 */
public final class DateHeader {

    private static final String LABEL = "(?:(?:date|dated|published|posted|updated|released)(?:\\s+on)?\\s*:?\\s*)?";
    private static final Pattern HEADER = Pattern.compile("^\\s*" + LABEL + "(?<date>\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateNormalizer.MONTH_REGEX + ",?\\s+\\d{4}"
            + "|" + DateNormalizer.MONTH_REGEX + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    private static final Pattern LABELLED = Pattern.compile("\\s*(?:date|dated|published|posted|updated|released)\\b",
            Pattern.CASE_INSENSITIVE);

    private final DateNormalizer normalizer = new DateNormalizer();

    /** The header date, if the text starts with one. */
    public Optional<LocalDate> detect(String text) {
        return find(text).map(Found::date);
    }

    /**
     * Where the header date stands in the text ({@code [start, end)} of the date itself), if the
     * text starts with one: a publication stamp, never the date of something the text reports.
     */
    public Optional<int[]> span(String text) {
        return find(text).map(f -> new int[] {f.start(), f.end()});
    }

    private record Found(LocalDate date, int start, int end) {
    }

    private Optional<Found> find(String text) {
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
            Matcher m = HEADER.matcher(line);
            // a long line is body text unless the date is labelled ("date 2025-06-28 ..."):
            // some archives run the header into the first paragraph
            if (m.find() && (line.length() <= 200 || LABELLED.matcher(line).lookingAt())) {
                // an ISO timestamp ("2025-06-28T10:00:00Z") counts by its date part
                String v = normalizer.normalize(m.group("date"), null);
                if (v != null && v.length() == 10) {
                    return Optional.of(new Found(LocalDate.parse(v), lineStart + m.start("date"), lineStart + m.end("date")));
                }
            }
        }
        return Optional.empty();
    }
}
