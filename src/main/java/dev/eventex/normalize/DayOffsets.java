package dev.eventex.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates told as a number of days from a date the reader already has: "the following day", "two
 * days later", "the previous evening", "on the second day of his visit", "a day after the talks
 * ended". The phrases and their offsets are the entries of {@code lexicons/day-offsets.txt}
 * ({@code PHRASE => DAYS}); this class only compiles and reads them. In a phrase, {@code N} stands
 * for a number ("three", "3") and {@code X} for a determiner and one word ("his visit"); a phrase
 * ending in {@code ...} takes a clause or noun phrase after it ("a day after X met Y"), and is a
 * date by itself only where its clause ends ("left the day after."). Immutable and thread-safe.
 */
public final class DayOffsets {

    /** One entry: its compiled phrase, whether it takes a complement, its days (sign and number, or N). */
    private record Entry(Pattern phrase, boolean complement, int sign, Integer days) {
    }

    private static final Pattern LINE = Pattern.compile("(.+?)\\s*=>\\s*([+-]?)(N|\\d+)");
    private static final String NUMBER = "(?<n>" + Numbers.DIGITS_REGEX + "|" + Numbers.WORDS_REGEX + ")";

    private final List<Entry> entries;
    private final Set<String> firstWords;
    private final String regex;

    /**
     * Compiles the lexicon's entries; {@code determiners} are the words an {@code X} starts with.
     *
     * @throws IllegalArgumentException for an entry not of the form {@code PHRASE => DAYS}
     */
    public DayOffsets(Set<String> lines, Set<String> determiners) {
        String det = "(?:" + String.join("|", determiners.stream().sorted().map(Pattern::quote).toList()) + ")\\s+[\\p{L}\\d][\\p{L}\\d-]*";
        List<Entry> es = new ArrayList<>();
        Set<String> firsts = new HashSet<>();
        List<String> alternatives = new ArrayList<>();
        for (String line : lines.stream().sorted().toList()) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("day-offsets: '" + line + "' is not PHRASE => DAYS");
            }
            String phrase = m.group(1).strip();
            boolean complement = phrase.endsWith("...");
            if (complement) {
                phrase = phrase.substring(0, phrase.length() - 3).strip();
            }
            StringBuilder re = new StringBuilder();
            StringBuilder bare = new StringBuilder();
            for (String w : phrase.split("\\s+")) {
                String part = switch (w) {
                    case "N" -> NUMBER;
                    case "X" -> det;
                    default -> Pattern.quote(w);
                };
                String plain = w.equals("N") ? Numbers.DIGITS_REGEX + "|" + Numbers.WORDS_REGEX : w.equals("X") ? det : Pattern.quote(w);
                re.append(re.length() == 0 ? "" : "\\s+").append(part);
                bare.append(bare.length() == 0 ? "" : "\\s+").append("(?:").append(plain).append(")");
            }
            String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!first.equals("N") && !first.equals("n")) {
                firsts.add(first);
            }
            es.add(new Entry(Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS), complement,
                    m.group(2).equals("-") ? -1 : 1, m.group(3).equals("N") ? null : Integer.valueOf(m.group(3))));
            alternatives.add(bare.toString());
        }
        alternatives.sort((a, b) -> b.length() - a.length()); // the longest phrase first: "the next day" before "the next"
        this.entries = List.copyOf(es);
        this.firstWords = Set.copyOf(firsts);
        this.regex = alternatives.isEmpty() ? "(?!)" : "(?i:" + String.join("|", alternatives) + ")";
    }

    /** The phrases as one regular expression (no groups), for the recognizer's date pattern. */
    public String regex() {
        return regex;
    }

    /** True when a phrase may start with {@code lowerWord} (a number word or digits aside). */
    public boolean startsWith(String lowerWord) {
        return firstWords.contains(lowerWord);
    }

    /** True when {@code text} is a phrase that takes a clause or noun phrase after it ("two days after ..."). */
    public boolean takesComplement(String text) {
        Entry e = entry(text);
        return e != null && e.complement();
    }

    /** The days {@code text} counts from the date the reader has, or null when it is none of the phrases. */
    public Integer days(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        for (Entry e : entries) {
            Matcher m = e.phrase().matcher(t);
            if (m.matches()) {
                if (e.days() != null) {
                    return e.sign() * e.days();
                }
                BigDecimal n = Numbers.parse(m.group("n"));
                return n == null || n.scale() > 0 || n.compareTo(BigDecimal.valueOf(366)) > 0 ? null : e.sign() * n.intValue();
            }
        }
        return null;
    }

    private Entry entry(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        for (Entry e : entries) {
            if (e.phrase().matcher(t).matches()) {
                return e;
            }
        }
        return null;
    }
}
