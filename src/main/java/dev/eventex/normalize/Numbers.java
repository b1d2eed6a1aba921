package dev.eventex.normalize;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses written numbers: "5,000", "6,40,000", "1.5bn", "500 million", "five thousand", "3.2 lakh crore". */
public final class Numbers {

    private Numbers() {
    }

    static final Map<String, Long> WORDS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
            Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
            Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
            Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L));

    static final Map<String, Long> MULTIPLIERS = Map.ofEntries(
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("k", 1_000L),
            Map.entry("million", 1_000_000L), Map.entry("mn", 1_000_000L), Map.entry("m", 1_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("bn", 1_000_000_000L),
            Map.entry("b", 1_000_000_000L), Map.entry("bln", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("tn", 1_000_000_000_000L), Map.entry("tr", 1_000_000_000_000L), Map.entry("lakh", 100_000L),
            Map.entry("lakhs", 100_000L), Map.entry("crore", 10_000_000L), Map.entry("crores", 10_000_000L),
            Map.entry("dozen", 12L));

    /** Regex alternation of multiplier words, longest first. */
    public static final String MULTIPLIER_REGEX =
            "(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen|mln|bln|mn|bn|tn|k|m|b)";
    /**
     * Regex of an article standing for one before a word of scale, with "half" before it: "a dozen",
     * "a hundred", "half a dozen" (6), "half a million".
     */
    public static final String ARTICLE_REGEX =
            "(?i:(?:half\\s+)?an?)(?=[\\s-]+(?:dozen|hundred|thousand|million|billion)\\b)";
    /**
     * Regex of a digit number with optional thousands separators and decimals. South Asian copy
     * groups by lakh and crore ("6,40,000" = 640,000; "1,23,45,678"): pairs of digits before the
     * last three, tried first, so the western reading does not stop at "8".
     */
    public static final String DIGITS_REGEX = "(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d+)?(?!,?\\d)"
            + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /** Regex of number words ("five", "twenty-five"). */
    public static final String WORDS_REGEX = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private static final Pattern PART = Pattern.compile(DIGITS_REGEX + "|[a-z]+(?:-[a-z]+)?");

    /**
     * Parses a number phrase; returns null when it contains no number.
     * Multipliers multiply everything before them ("3.2 lakh crore" = 3.2e12).
     */
    public static BigDecimal parse(String phrase) {
        Matcher m = PART.matcher(phrase.toLowerCase(Locale.ROOT));
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean lastWasMultiplier = false;
        while (m.find()) {
            String p = m.group();
            if (Character.isDigit(p.charAt(0))) {
                current = current.add(new BigDecimal(p.replace(",", "")));
                any = true;
                lastWasMultiplier = false;
            } else if (MULTIPLIERS.containsKey(p)) {
                BigDecimal mult = BigDecimal.valueOf(MULTIPLIERS.get(p));
                if (MULTIPLIERS.get(p) < 1000) {
                    // "hundred", "dozen" scale the group they end: "five hundred", "a dozen"
                    current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(mult);
                } else if (current.signum() == 0 && lastWasMultiplier) {
                    total = total.multiply(mult); // "3.2 lakh crore"
                } else {
                    total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(mult));
                    current = BigDecimal.ZERO;
                }
                any = true;
                lastWasMultiplier = true;
            } else if (wordValue(p) != null) {
                current = current.add(BigDecimal.valueOf(wordValue(p)));
                any = true;
                lastWasMultiplier = false;
            }
        }
        if (any && phrase.strip().toLowerCase(Locale.ROOT).startsWith("half ")) {
            return clean(total.add(current).divide(BigDecimal.valueOf(2))); // "half a dozen"
        }
        return any ? clean(total.add(current)) : null;
    }

    private static Long wordValue(String w) {
        if (WORDS.containsKey(w)) {
            return WORDS.get(w);
        }
        int dash = w.indexOf('-');
        if (dash > 0 && WORDS.containsKey(w.substring(0, dash)) && WORDS.containsKey(w.substring(dash + 1))) {
            return WORDS.get(w.substring(0, dash)) + WORDS.get(w.substring(dash + 1));
        }
        return null;
    }

    /** Strips trailing zeros but never writes exponents (500000000, not 5E+8). */
    static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
