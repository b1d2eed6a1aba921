package dev.eventex.normalize;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a date expression into ISO 8601 at the precision the text gives ({@code 2024},
 * {@code 2024-10}, {@code 2024-10-05}, {@code 2025-W26}). Relative expressions resolve only
 * against the publication date passed in, never the clock; without one they get no value.
 * Impossible dates ("30 February") get no value. Stateless and thread-safe.
 */
public final class DateNormalizer {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Month names as a regex (capitalised, with abbreviations). */
    public static final String MONTH_REGEX = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    public static final String WEEKDAY_REGEX = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(?:of\\s+)?(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+([A-Za-z]+)\\.?");
    private static final Pattern MONTH_DAY = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern FOUR_DIGITS = Pattern.compile(".*\\d{4}.*");
    private static final Pattern ISO_MONTH_OR_DAY = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern MONTH = Pattern.compile("(?:(?:early|mid|late|end of|beginning of|the end of)[\\s-]+)?([A-Za-z]+)\\.?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:(earlier|later)\\s+)?(last|next|this|coming|past|previous|the\\s+coming|the\\s+past)\\s+(week|month|year)");
    private static final Pattern LAST_MONTH = Pattern.compile("(?:last|this\\s+past)\\s+([A-Za-z]+)");
    private static final Pattern WEEKDAY = Pattern.compile("(?:(last|next|this|coming|on)\\s+)?([A-Za-z]+day)");

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String UNTIL = "\\s*(?:-|\u2013|to|and|until|till|through)\\s*";
    /** Ranges that start with their first day ("3 to 5 March 2024", "April 11-12", "28 February to 1 March", "Tuesday to Friday"). */
    private static final Pattern[] RANGES = {
        Pattern.compile("(?:from\\s+)?(\\d{1,2}" + ORD + "\\s+[A-Za-z]+\\.?)" + UNTIL + "\\d{1,2}" + ORD + "\\s+[A-Za-z]+\\.?(,?\\s+\\d{4})?"),
        Pattern.compile("(?:from\\s+)?([A-Za-z]+\\.?\\s+\\d{1,2}" + ORD + ")" + UNTIL + "[A-Za-z]+\\.?\\s+\\d{1,2}" + ORD + "(,?\\s+\\d{4})?"),
        Pattern.compile("(?:from\\s+)?(\\d{1,2})" + ORD + UNTIL + "\\d{1,2}" + ORD + "(\\s+[A-Za-z]+\\.?,?(?:\\s+\\d{4})?)"),
        Pattern.compile("(?:from\\s+)?([A-Za-z]+\\.?\\s+\\d{1,2})" + ORD + UNTIL + "\\d{1,2}" + ORD + "(,?\\s+\\d{4})?"),
        Pattern.compile("(?:from\\s+)?([A-Za-z]+day)" + UNTIL + "[A-Za-z]+day()"),
    };

    /**
     * A range of days ("from April 11 to 12") dates an event by its first day: news gives a visit
     * or a conference its span, and the event starts on the first day of it.
     */
    static String rangeStart(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        for (Pattern p : RANGES) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return m.group(1) + (m.group(2) == null ? "" : m.group(2));
            }
        }
        return t;
    }

    /** Normalizes {@code text}; {@code anchor} (publication date) may be null. Returns null if unresolvable. */
    public String normalize(String text, LocalDate anchor) {
        String t = rangeStart(text);
        String lower = t.toLowerCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches()) {
                return LocalDate.of(i(m, 1), i(m, 2), i(m, 3)).toString();
            }
            if ((m = DAY_MONTH_YEAR.matcher(t)).matches() && month(m.group(2)) > 0) {
                return LocalDate.of(i(m, 3), month(m.group(2)), i(m, 1)).toString();
            }
            if ((m = MONTH_DAY_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
                return LocalDate.of(i(m, 3), month(m.group(1)), i(m, 2)).toString();
            }
            if ((m = MONTH_YEAR.matcher(t)).matches() && month(m.group(1)) > 0) {
                return YearMonth.of(i(m, 2), month(m.group(1))).toString();
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return m.group(1);
            }
            if (anchor == null) {
                return null;
            }
            switch (lower) {
                case "today", "tonight", "this morning", "this afternoon", "this evening":
                    return anchor.toString();
                case "yesterday", "last night":
                    return anchor.minusDays(1).toString();
                case "tomorrow":
                    return anchor.plusDays(1).toString();
                case "the day before yesterday":
                    return anchor.minusDays(2).toString();
                case "the day after tomorrow":
                    return anchor.plusDays(2).toString();
                default:
                    break;
            }
            if ((m = DAY_MONTH.matcher(t)).matches() && month(m.group(2)) > 0) {
                return LocalDate.of(anchor.getYear(), month(m.group(2)), i(m, 1)).toString();
            }
            if ((m = MONTH_DAY.matcher(t)).matches() && month(m.group(1)) > 0) {
                return LocalDate.of(anchor.getYear(), month(m.group(1)), i(m, 2)).toString();
            }
            if ((m = RELATIVE.matcher(lower)).matches()) {
                String dir = m.group(2).replace("the ", "");
                int delta = switch (dir) {
                    case "last", "past", "previous" -> -1;
                    case "next", "coming" -> 1;
                    default -> 0;
                };
                return switch (m.group(3)) {
                    case "week" -> {
                        LocalDate d = anchor.plusWeeks(delta);
                        yield String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                    }
                    case "month" -> YearMonth.from(anchor).plusMonths(delta).toString();
                    default -> String.valueOf(anchor.getYear() + delta);
                };
            }
            if ((m = LAST_MONTH.matcher(lower)).matches() && month(m.group(1)) > 0) {
                // "last February": the most recent such month before the publication month
                YearMonth ym = YearMonth.of(anchor.getYear(), month(m.group(1)));
                return (ym.isBefore(YearMonth.from(anchor)) ? ym : ym.minusYears(1)).toString();
            }
            if ((m = WEEKDAY.matcher(lower)).matches()) {
                DayOfWeek day = weekday(m.group(2));
                if (day == null) {
                    return null;
                }
                String dir = m.group(1);
                if ("next".equals(dir) || "coming".equals(dir)) {
                    return anchor.with(TemporalAdjusters.next(day)).toString();
                }
                if ("last".equals(dir)) {
                    return anchor.with(TemporalAdjusters.previous(day)).toString();
                }
                // news reports "on Sunday" for the most recent such day, the publication day included
                return anchor.with(TemporalAdjusters.previousOrSame(day)).toString();
            }
            if ((m = MONTH.matcher(t)).matches() && month(m.group(1)) > 0) {
                return YearMonth.of(anchor.getYear(), month(m.group(1))).toString();
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /**
     * Like {@link #normalize} but a bare weekday resolves forward (the next such day, or the
     * publication day itself) when the event is planned.
     */
    public String normalizeFuture(String text, LocalDate anchor) {
        if (anchor != null) {
            Matcher m = WEEKDAY.matcher(rangeStart(text).toLowerCase(Locale.ROOT));
            if (m.matches() && (m.group(1) == null || m.group(1).equals("on") || m.group(1).equals("this"))) {
                DayOfWeek day = weekday(m.group(2));
                if (day != null) {
                    return anchor.with(TemporalAdjusters.nextOrSame(day)).toString();
                }
            }
        }
        return normalize(text, anchor);
    }

    /**
     * Normalizes {@code text} read in a clause of the given orientation: a bare weekday of a
     * plan is the next such day, and a date without its year ("in October", "on 17 September")
     * that would fall on the wrong side of the publication date moves a year: a reported event
     * placed after the publication date happened the year before, a planned one placed before
     * it happens the year after.
     */
    public String normalize(String text, LocalDate anchor, TimeOrientation orientation) {
        String v = orientation == TimeOrientation.FUTURE ? normalizeFuture(text, anchor) : normalize(text, anchor);
        if (v == null || anchor == null || orientation == TimeOrientation.UNSTATED || FOUR_DIGITS.matcher(text).matches()
                || !ISO_MONTH_OR_DAY.matcher(v).matches() || !namesMonth(text)) {
            return v;
        }
        String a = anchor.toString().substring(0, v.length());
        int year = Integer.parseInt(v.substring(0, 4));
        int shift = orientation == TimeOrientation.PAST && v.compareTo(a) > 0 ? -1
                : orientation == TimeOrientation.FUTURE && v.compareTo(a) < 0 ? 1 : 0;
        String shifted = (year + shift) + v.substring(4);
        return shift == 0 || shifted.length() == 7 || isDate(shifted) ? shifted : v; // 29 February moves only to a leap year
    }

    /**
     * The day {@code days} after {@code knownDay} (before it when negative), for a date told by its
     * distance from one the text gave ({@link DayOffsets}: "two days later", "the previous
     * evening"). Null when {@code knownDay} is not a single day ("2024-10", "2025-W26"): a month or
     * a week plus one day is no day.
     */
    public String shift(String knownDay, int days) {
        if (knownDay == null || !ISO.matcher(knownDay).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(knownDay).plusDays(days).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Only a month written without its year moves; "tomorrow" or "on Friday" are already placed. */
    private static boolean namesMonth(String text) {
        for (String w : text.split("[\\s,-]+")) {
            if (month(w) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static int i(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    static int month(String name) {
        Integer v = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return v == null ? -1 : v;
    }

    private static DayOfWeek weekday(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
