package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.normalize.Currencies;
import dev.eventex.normalize.DateNormalizer;
import dev.eventex.normalize.DayOffsets;
import dev.eventex.normalize.Numbers;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code DATE}, {@code MONEY} and {@code QUANTITY} mentions with patterns compiled once,
 * and attaches their numeric values and currencies/units (dates are valued later, against
 * the publication date). Thread-safe.
 */
public final class ValueRecognizer {

    private static final String NUM = "(?:" + Numbers.DIGITS_REGEX + "|" + Numbers.WORDS_REGEX + "(?:\\s+" + Numbers.WORDS_REGEX + ")*"
            + "|" + Numbers.ARTICLE_REGEX + ")";
    private static final String MULT = "(?:[\\s-]*" + Numbers.MULTIPLIER_REGEX + "\\b)*";

    private final Currencies currencies;
    private final Set<String> measureUnits;
    /** A determiner right before a number word: "the two", "these three" are no quantities. */
    private final Pattern determinerBefore;
    private final Set<String> numberWords;
    private final Set<String> timeWords;
    private final Set<String> dateStarts;
    private final Pattern money;
    private final Pattern quantity;
    private final Pattern date;
    private final DayOffsets dayOffsets;

    public ValueRecognizer(Currencies currencies, Lexicons lexicons) {
        this.measureUnits = lexicons.get(Lexicons.MEASURE_UNITS);
        this.determinerBefore = Pattern.compile("(?i)(?:^|\\W)(?:" + lexicons.get(Lexicons.NUMBER_DETERMINERS).stream().sorted()
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\s+$");
        this.numberWords = lexicons.get(Lexicons.NUMBER_WORDS);
        this.timeWords = lexicons.get(Lexicons.DATE_WORDS);
        this.dateStarts = lexicons.get(Lexicons.DATE_STARTS);
        this.currencies = currencies;
        String sym = currencies.symbolRegex();
        String words = currencies.wordRegex();
        this.money = Pattern.compile(
                "(?<![\\w$€£])(?=[^\\s\\d]{1,6}(?:\\s\\p{Sc})?\\s?\\d)(?<sym>" + sym + ")\\s?(?<n1>" + NUM + MULT + ")(?!\\w)"
                        + "(?:\\s+(?<w2>(?i:" + words + "))(?!\\w))?"
                        + "|(?<![\\w.])(?<n2>" + NUM + MULT + ")\\s*(?<word>(?i:" + words + "))(?!\\w)",
                Pattern.UNICODE_CHARACTER_CLASS);
        String unitWord = "(?<unit>(?i:metric\\s+tons|cubic\\s+met(?:re|er)s|square\\s+kilomet(?:re|er)s|[a-z]+))";
        this.quantity = Pattern.compile("(?<![\\w.,$€£])(?<num>" + NUM + MULT + ")(?:\\s+(?:of\\s+)?" + unitWord + ")?(?![\\w%])");
        this.dayOffsets = new DayOffsets(lexicons.get(Lexicons.DAY_OFFSETS), lexicons.get(Lexicons.DETERMINERS));
        String m = DateNormalizer.MONTH_REGEX;
        String w = DateNormalizer.WEEKDAY_REGEX;
        this.date = Pattern.compile(
                "\\b" + dayOffsets.regex() + "\\b"
                        + "|" + dateRanges(m, w) + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
                        + "|\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + m + ",?\\s+\\d{4}\\b"
                        + "|\\b" + m + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b"
                        + "|\\b" + m + "(?:,|\\s+of)?\\s+\\d{4}\\b" // "October 2024", "August of 2020"
                        + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + m + "\\b"
                        + "|\\b" + m + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]?\\d)"
                        + "|\\b(?:(?:early|mid|late)[\\s-]+)" + m + "\\b"
                        + "|(?<=\\b(?:in|In|since|Since|until|by|from|during|During|of|before|after|to|through)\\s)(?:January|February|March|April|June|July|August|September|October|November|December)\\b"
                        + "|(?<=\\b(?:in|In|since|Since|until|during|During|early|late)\\s)May\\b" // "in May": the month, never the modal
                        + "|(?<=\\b(?:in|since|until|by|from|during|before|after|to|through|year|of|In|By|Since|Until)\\s)(?:19|20)\\d{2}\\b(?![-,.]?\\d)"
                        + "|\\b(?i:last|this\\s+past)\\s+" + m + "\\b" // "last February"
                        + "|\\b(?:(?:last|next|this|coming)\\s+)?" + w + "\\b"
                        + "|\\b(?i:today|yesterday|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b"
                        + "|\\b(?:(?i:earlier|later)\\s+)?(?i:last|next|this|coming|past)\\s+(?:week|month|year)\\b");
    }

    /**
     * Spans of days, read whole so that the event gets its first day ("from 3 to 5 March 2024",
     * "April 11-12", "28 February to 1 March", "Tuesday to Friday"), not the last one.
     */
    private static String dateRanges(String m, String w) {
        String ord = "(?:st|nd|rd|th)?";
        String until = "\\s*(?:-|\u2013|to|and|until|through)\\s*";
        String year = "(?:,?\\s+\\d{4}\\b)?";
        return "\\b\\d{1,2}" + ord + "\\s+" + m + until + "\\d{1,2}" + ord + "\\s+" + m + year
                + "|\\b" + m + "\\s+\\d{1,2}" + ord + until + m + "\\s+\\d{1,2}" + ord + "\\b" + year
                + "|\\b\\d{1,2}" + ord + until + "\\d{1,2}" + ord + "\\s+" + m + year
                + "|\\b" + m + "\\s+\\d{1,2}" + ord + until + "\\d{1,2}" + ord + "\\b(?![,.]?\\d{1,3}\\b)" + year
                + "|\\b" + w + "\\s+(?:to|until|through)\\s+" + w + "\\b";
    }

    /**
     * Attribute of an amount glued to a one-letter symbol without digit groups ("K4200"): money only
     * when {@link HomeCurrencies} finds the country whose currency the letter writes, else dropped.
     */
    static final String LOCAL_ONLY = "localOnly";

    /** Attribute of an amount: the currency as written ("$", "dollars", "KSh"), for {@link HomeCurrencies}. */
    static final String WRITTEN = "written";

    /** True for a currency code or symbol written as a word ("USD", "ZAR"). */
    boolean isCurrencySymbol(String word) {
        return currencies.bySymbol(word) != null;
    }

    /** Finds value mentions in one sentence. */
    public List<EntityMention> find(AnalyzedText doc, Sentence s) {
        String text = doc.slice(s.start(), s.end());
        List<EntityMention> out = new ArrayList<>();
        // the patterns are large; most sentences hold no number and no date word, so look first
        boolean numbers = false;
        boolean dateWords = false;
        for (Token t : s.tokens()) {
            String w = t.lower();
            if (numberWords.contains(w) || containsDigit(w)) {
                numbers = true;
            }
            if (timeWords.contains(w)) {
                dateWords = true;
            }
        }
        if (!numbers && !dateWords) {
            return out;
        }
        if (!numbers) {
            findDates(doc, s, text, out);
            return out;
        }
        Matcher mm = money.matcher(text);
        while (mm.find()) {
            String numText = mm.group("n1") != null ? mm.group("n1") : mm.group("n2");
            String code = mm.group("sym") != null ? currencies.bySymbol(mm.group("sym")) : currencies.byWord(mm.group("word"));
            String written = mm.group("sym") != null ? mm.group("sym") : mm.group("word");
            int end = mm.end();
            if (mm.group("w2") != null) {
                // "$12 million pa'anga", "$300 Canadian dollars": the word after the number names the
                // currency the symbol leaves open; a verb with its object ("$5 million won praise") is none
                Token after = tokenStartingAt(s, s.start() + mm.start("w2"));
                Token next = nextToken(s, s.start() + mm.end());
                boolean objectFollows = next != null && ("NOUN".equals(next.pos()) || "DET".equals(next.pos())
                        || "PRON".equals(next.pos()) || "PROPN".equals(next.pos()) || "ADJ".equals(next.pos()));
                if (after != null && !"VERB".equals(after.pos()) && !objectFollows && code != null) {
                    code = currencies.byWord(mm.group("w2"));
                    written = mm.group("w2");
                } else {
                    end = mm.end("n1");
                }
            }
            BigDecimal v = Numbers.parse(numText);
            boolean localOnly = false;
            if (code == null || v == null) {
                continue;
            }
            if (mm.group("sym") != null && isAmbiguousSymbol(mm.group("sym"), numText)) {
                // "K4200" glued: money only where the report names a country whose news write its currency so
                localOnly = mm.group("n1") != null && mm.end("sym") == mm.start("n1") && numText.matches("\\d{3,}");
                if (!localOnly) {
                    continue;
                }
            }
            Map<String, String> attrs = new HashMap<>();
            if (localOnly) {
                attrs.put(LOCAL_ONLY, "true");
            }
            attrs.put("value", v.toPlainString());
            attrs.put("currency", code);
            attrs.put(WRITTEN, written);
            add(doc, s, s.start() + mm.start(), s.start() + end, EntityType.MONEY, attrs, out);
        }
        findDates(doc, s, text, out);
        Matcher qm = quantity.matcher(text);
        while (qm.find()) {
            int qs = s.start() + qm.start();
            int qe = s.start() + qm.end();
            String numText = qm.group("num");
            if (YEAR.matcher(numText).matches() || overlapsAny(out, qs, qe)) {
                continue; // a year, or part of money/a date
            }
            BigDecimal v = Numbers.parse(numText);
            if (v == null) {
                continue;
            }
            if (!Character.isDigit(numText.charAt(0)) && precededByDeterminer(text, qm.start())) {
                continue; // "the two sides", "the two Presidents", "these three countries": a description, not a quantity
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("value", v.toPlainString());
            String unit = qm.group("unit");
            int end = qe;
            if (unit != null) {
                String u = unit.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (measureUnits.contains(u)) {
                    attrs.put("unit", u);
                } else {
                    end = s.start() + qm.end("num");
                    Token next = tokenStartingAt(s, s.start() + qm.start("unit"));
                    if (next != null && ("NOUN".equals(next.pos()) || "ADJ".equals(next.pos()))) {
                        attrs.put("unit", unitNoun(s, next));
                    }
                }
            }
            if (v.compareTo(BigDecimal.ONE) == 0 && numText.matches("(?i)an?|one") && !attrs.containsKey("unit")) {
                continue;
            }
            if (numText.matches("(?i)an?")) {
                continue; // "a" alone is an article, not a quantity
            }
            add(doc, s, qs, end, EntityType.QUANTITY, attrs, out);
        }
        return out;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /** True when a number word follows a word of {@code lexicons/number-determiners.txt} ("the two", "both three"). */
    boolean precededByDeterminer(String text, int at) {
        int from = Math.max(0, at - 12);
        return determinerBefore.matcher(text.substring(from, at)).find();
    }

    private static boolean containsDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dates are only tried where one can start (a number, a month or weekday, a relative
     * word), anchored at that token: the date pattern is large and most positions hold none.
     */
    private void findDates(AnalyzedText doc, Sentence s, String text, List<EntityMention> out) {
        Matcher dm = date.matcher(text);
        dm.useTransparentBounds(true);
        int i = 0;
        while (i < s.size()) {
            Token t = s.token(i);
            String w = t.lower();
            boolean candidate = containsDigit(w) || timeWords.contains(w) || dateStarts.contains(w) || w.startsWith("mid-")
                    || dayOffsets.startsWith(w) || numberWords.contains(w);
            if (candidate) {
                dm.region(t.start() - s.start(), text.length());
                if (dm.lookingAt()) {
                    int end = s.start() + dm.end();
                    Map<String, String> attrs = dayOffset(text, s, dm.start(), dm.end(), out);
                    if (attrs == null) {
                        i++;
                        continue;
                    }
                    add(doc, s, t.start(), end, EntityType.DATE, attrs, out);
                    while (i < s.size() && s.token(i).start() < end) {
                        i++;
                    }
                    continue;
                }
            }
            i++;
        }
    }

    /**
     * The attributes of a date found at {@code start..end} of the sentence text: none for most
     * dates; for one counted in days from another ({@link DayOffsets}) the days under
     * {@code dayOffset}, which the normalize stage adds to the last date before it. A phrase that
     * takes a complement ("two days after ...") is a date where its clause ends, or right after a
     * date and a comma ("on 4 May, two days after the vote"), where it dates what follows it and
     * counts back from that date (marked {@code subordinate}: the sentence's own date is the one
     * before it); elsewhere ("two days after the vote" alone) it says nothing the
     * reader can place, and null is returned.
     */
    private Map<String, String> dayOffset(String text, Sentence s, int start, int end, List<EntityMention> out) {
        String phrase = text.substring(start, end);
        Integer days = dayOffsets.days(phrase);
        if (days == null) {
            return Map.of();
        }
        String after = text.substring(end).strip();
        boolean clauseEnds = after.isEmpty() || ".,;:!?)\u2014\u2013-\"\u201d".indexOf(after.charAt(0)) >= 0;
        if (!dayOffsets.takesComplement(phrase) || clauseEnds) {
            return Map.of("dayOffset", String.valueOf(days));
        }
        String before = text.substring(0, start).stripTrailing();
        if (before.endsWith(",") && !out.isEmpty() && out.get(out.size() - 1).type() == EntityType.DATE) {
            int dateEnd = out.get(out.size() - 1).end() - s.start();
            if (text.substring(dateEnd, before.length() - 1).isBlank()) {
                return Map.of("dayOffset", String.valueOf(-days), "subordinate", "true"); // dates its clause, not the sentence
            }
        }
        return null;
    }

    /** The head noun of "5,000 literary books": the last noun of the noun run that starts at {@code first}. */
    private static String unitNoun(Sentence s, Token first) {
        Token head = first;
        for (int i = first.index(); i < s.size(); i++) {
            Token t = s.token(i);
            if ("NOUN".equals(t.pos())) {
                head = t;
            } else if (!"ADJ".equals(t.pos())) {
                break;
            }
        }
        return head.lower();
    }

    private static boolean isAmbiguousSymbol(String sym, String numText) {
        // single letters (R, K, P, L, Q) are currencies only before a written amount: "R2 billion",
        // "R1,500,000"; "P5 members", "K2", "the R5 highway" are not money
        if (sym.length() != 1 || !Character.isLetter(sym.charAt(0))) {
            return false;
        }
        if (!Character.isDigit(numText.charAt(0))) {
            return true;
        }
        boolean multiplier = numText.matches("(?s).*\\d\\s*[-\\s]*[A-Za-z]+.*");
        boolean grouped = numText.matches(Numbers.DIGITS_REGEX) && numText.contains(",");
        return !multiplier && !grouped;
    }

    /** The first token starting at or after {@code charStart}, or null. */
    private static Token nextToken(Sentence s, int charStart) {
        for (Token t : s.tokens()) {
            if (t.start() >= charStart) {
                return t;
            }
        }
        return null;
    }

    private static Token tokenStartingAt(Sentence s, int charStart) {
        for (Token t : s.tokens()) {
            if (t.start() == charStart) {
                return t;
            }
        }
        return null;
    }

    private static boolean overlapsAny(List<EntityMention> ms, int start, int end) {
        for (EntityMention m : ms) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Snaps a char range to whole tokens and adds the mention unless it overlaps one already found. */
    private static void add(AnalyzedText doc, Sentence s, int start, int end, EntityType type, Map<String, String> attrs,
                            List<EntityMention> out) {
        TokenSpan span = TokenSpans.covering(s, start, end);
        if (span == null) {
            return;
        }
        int cs = s.charStart(span);
        int ce = s.charEnd(span);
        if (overlapsAny(out, cs, ce)) {
            return;
        }
        out.add(new EntityMention(s.index(), span, cs, ce, doc.slice(cs, ce), type, MentionKind.VALUE, null, null, "pattern", attrs));
    }
}
