package dev.eventex.normalize;

import dev.eventex.entity.GazetteerException;
import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency table ({@code models/gazetteers/currencies.tsv}): symbols and words to ISO 4217.
 * A models directory adds, replaces or removes lines by code ({@link ModelSource#lines}).
 */
public final class Currencies {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A country prefix in capitals and a currency sign: "US$", "HK$", "GH₵". */
    private static final Pattern PREFIXED_SIGN = Pattern.compile("([A-Z][A-Z.]*)(\\p{Sc})");

    public static final String FILE = "gazetteers/currencies.tsv";

    private final Map<String, String> symbols = new LinkedHashMap<>();
    private final Map<String, String> words = new LinkedHashMap<>();
    /** Per country, the plain forms its own news write for its own currency ("JM" -> "$" -> JMD). */
    private final Map<String, Map<String, String>> home = new LinkedHashMap<>();

    private Currencies() {
    }

    /** Loads the table; throws one exception listing every malformed line. */
    public static Currencies load(ModelSource source) {
        Currencies c = new Currencies();
        List<String> errors = new java.util.ArrayList<>();
        try {
            List<ModelSource.Line> lines = source.lines(FILE, errors);
            if (lines == null) {
                errors.add("missing model file: models/" + FILE);
                lines = List.of();
            }
            for (ModelSource.Line line : lines) {
                String[] cols = line.text().split("\t", -1);
                if (cols.length < 3 || cols.length > 4 || !cols[0].matches("[A-Z]{3}")) {
                    errors.add(line.where() + ": expected 'CODE<TAB>symbols<TAB>words[<TAB>home]' with a three-letter ISO 4217 code");
                    continue;
                }
                if (cols.length == 4 && !cols[3].isBlank()) {
                    String[] parts = cols[3].split(":", 2);
                    if (parts.length != 2 || !parts[0].matches("[A-Z]{2}(\\|[A-Z]{2})*")) {
                        errors.add(line.where() + ": expected home 'CC|CC:form|form' with two-letter country codes");
                        continue;
                    }
                    for (String country : parts[0].split("\\|")) {
                        for (String form : parts[1].split("\\|")) {
                            if (!form.isBlank()) {
                                c.home.computeIfAbsent(country, k -> new LinkedHashMap<>())
                                        .putIfAbsent(form.strip().toLowerCase(Locale.ROOT), cols[0]);
                            }
                        }
                    }
                }
                for (String s : cols[1].split("\\|")) {
                    if (!s.isBlank()) {
                        c.symbols.putIfAbsent(s.strip(), cols[0]);
                    }
                }
                for (String w : cols[2].split("\\|")) {
                    if (!w.isBlank()) {
                        c.words.putIfAbsent(w.strip().toLowerCase(Locale.ROOT), cols[0]);
                    }
                }
            }
        } catch (IOException e) {
            errors.add("cannot read " + source.describe(FILE) + ": " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new GazetteerException(ModelSource.inFileOrder(errors));
        }
        return c;
    }

    /** ISO code for a symbol written before a number ("US$", "US $", "€"), or null. */
    public String bySymbol(String symbol) {
        return symbols.get(SPACE.matcher(symbol.strip()).replaceAll(""));
    }

    /** ISO code for a currency name written after a number ("US dollars"), or null. */
    public String byWord(String word) {
        return words.get(word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /**
     * The currency a plain form ("$", "dollars") names in a report from {@code country} when
     * that country's news write its own currency so, or null.
     */
    public String atHome(String written, String country) {
        Map<String, String> forms = country == null ? null : home.get(country);
        return forms == null || written == null ? null : forms.get(written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
    }

    /**
     * Regex alternation of all symbols, longest first. A country prefix and its sign may stand
     * apart ("US $ 5", "HK $ 20"): tokenized text and some house styles write them so, and the
     * prefix alone would read as a place.
     */
    public String symbolRegex() {
        return symbols.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Currencies::symbolPattern).collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String symbolPattern(String symbol) {
        Matcher m = PREFIXED_SIGN.matcher(symbol);
        return m.matches() ? Pattern.quote(m.group(1)) + "\\s?" + Pattern.quote(m.group(2)) : Pattern.quote(symbol);
    }

    /** Regex alternation of all currency words (case-insensitive use), longest first. */
    public String wordRegex() {
        return alternation(words.keySet().stream().toList());
    }

    private static String alternation(List<String> items) {
        return items.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(s -> Pattern.quote(s).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|", "(?:", ")"));
    }
}
