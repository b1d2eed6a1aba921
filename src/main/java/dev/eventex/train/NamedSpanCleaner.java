package dev.eventex.train;

import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Turns the entity spans of a corpus that marks every mention ("we", "the government", "the
 * Iraqi Foreign Minister") into the names our name finder reads: determiners and pronouns are
 * cut from a span's edges, titles from a person's, a span with no name in it is dropped, a
 * country tagged as an organization becomes a location, and a name inside a description
 * ("ISIL fighters") keeps only its name part when that part is plainly a country or an
 * acronym. A sentence with a span that cannot be cut cleanly (a description around a name,
 * an apposition in one span) is left out whole, so that its name is not taught as outside
 * any name.
 *
 * @param edgeWords       capitalised function words never part of a name ("The", "We"), as written
 * @param lowerEdgeWords  determiners and pronouns, lower case ("the", "our", "they")
 * @param joiners         lower-case words that may join the words of a name ("of", "and")
 * @param particles       lower-case words that may start a name ("al", "van")
 * @param isTitleWord     true for a title or honorific word ("Minister", "Mr.")
 * @param demonyms        demonyms as written ("Iraqi", "Syrians")
 * @param countries       country names, official names and aliases, lower case
 */
public record NamedSpanCleaner(Set<String> edgeWords, Set<String> lowerEdgeWords, Set<String> joiners,
                               Set<String> particles, Predicate<String> isTitleWord, Set<String> demonyms, Set<String> countries) {

    public NamedSpanCleaner {
        edgeWords = Set.copyOf(edgeWords);
        lowerEdgeWords = Set.copyOf(lowerEdgeWords);
        joiners = Set.copyOf(joiners);
        particles = Set.copyOf(particles);
        demonyms = Set.copyOf(demonyms);
        countries = Set.copyOf(countries);
    }

    /** Reads its word lists from the models folder (lexicons and the country gazetteer). */
    public static NamedSpanCleaner load(ModelSource models, Predicate<String> isTitleWord) throws IOException {
        Set<String> edge = new HashSet<>(firstColumn(models, "lexicons/capitalised-function-words.txt"));
        Set<String> lower = new HashSet<>();
        for (String file : List.of("lexicons/determiners.txt", "lexicons/subject-pronouns.txt",
                "lexicons/personal-pronouns.txt", "lexicons/possessive-determiners.txt")) {
            firstColumn(models, file).forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        }
        Set<String> joiners = new HashSet<>(firstColumn(models, "lexicons/name-joiners.txt"));
        Set<String> particles = new HashSet<>(firstColumn(models, "lexicons/name-particles.txt"));
        Set<String> demonyms = new HashSet<>();
        Set<String> countries = new HashSet<>();
        for (String[] c : TrainInputs.rows(models, "gazetteers/countries.tsv")) {
            for (int col = 1; col <= 3 && col < c.length; col++) {
                for (String name : c[col].split("\\|")) {
                    if (!name.isBlank()) {
                        countries.add(name.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (c.length > 4) {
                for (String d : c[4].split("\\|")) {
                    if (!d.isBlank()) {
                        demonyms.add(d.strip());
                    }
                }
            }
        }
        return new NamedSpanCleaner(edge, lower, joiners, particles, isTitleWord, demonyms, countries);
    }

    private static List<String> firstColumn(ModelSource models, String file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String[] c : TrainInputs.rows(models, file)) {
            out.add(c[0].strip());
        }
        return out;
    }

    /** The sentence with its spans cleaned, or empty when it should be left out of training. */
    public Optional<NameSample> clean(NameSample sample) {
        String[] tokens = sample.getSentence();
        List<Span> kept = new ArrayList<>();
        for (Span span : sample.getNames()) {
            Optional<Optional<Span>> cleaned = clean(tokens, span);
            if (cleaned.isEmpty()) {
                return Optional.empty();
            }
            cleaned.get().ifPresent(kept::add);
        }
        return Optional.of(new NameSample(tokens, kept.toArray(Span[]::new), sample.isClearAdaptiveDataSet()));
    }

    /** Outer empty: the sentence must go; inner empty: the span is not a name. */
    private Optional<Optional<Span>> clean(String[] tokens, Span span) {
        int s = span.getStart();
        int e = span.getEnd();
        while (s < e && (isEdgeWord(tokens[s]) || isPunctuation(tokens[s]))) {
            s++;
        }
        while (e > s && isPunctuation(tokens[e - 1])) {
            e--;
        }
        if (!hasCapital(tokens, s, e)) {
            return Optional.of(Optional.empty()); // "civilians", "we", "the city"
        }
        // "eastern Aleppo": a lower-case modifier before a name is not part of it
        int lowerStart = s;
        while (s < e && isLower(tokens[s]) && !joiners.contains(tokens[s]) && !particles.contains(tokens[s])) {
            s++;
        }
        if (s > lowerStart && s < e && joiners.contains(tokens[s])) {
            return placeAfterOf(tokens, s, e, span.getType()); // "the city of Mosul"
        }
        if (span.getType().equals("person")) {
            // "Foreign Secretary Boris Johnson": the name is what follows the last title word
            for (int i = e - 1; i >= s; i--) {
                if (isTitle(tokens[i])) {
                    s = i + 1;
                    break;
                }
            }
            while (s < e && (demonyms.contains(tokens[s]) || isPunctuation(tokens[s]))) {
                s++;
            }
        }
        if (s >= e || allDescriptive(tokens, s, e)) {
            return Optional.of(Optional.empty()); // "the Foreign Secretary", "Iraqis"
        }
        if (isLower(tokens[s]) && !(particles.contains(tokens[s]) && isParticleBeforeName(tokens, s, e))) {
            return Optional.empty(); // "Minister for the Middle East X Y": title and name in one span
        }
        for (int i = s; i < e; i++) {
            if (tokens[i].equals(",") || tokens[i].equals(";") || tokens[i].equals("(") || tokens[i].equals(")")) {
                return Optional.empty(); // an apposition or list inside one span
            }
        }
        if (isLower(tokens[e - 1])) {
            return nameBeforeCommonNoun(tokens, s, e, span.getType());
        }
        for (int i = s; i < e; i++) {
            if (isLower(tokens[i]) && !joiners.contains(tokens[i]) && !particles.contains(tokens[i])) {
                return Optional.empty(); // a description around a name
            }
        }
        return Optional.of(Optional.of(new Span(s, e, retype(tokens, s, e, span.getType()))));
    }

    /** "ISIL fighters", "U.S. forces", "the Asad regime": the name part alone when it is plain. */
    private Optional<Optional<Span>> nameBeforeCommonNoun(String[] tokens, int s, int e, String type) {
        int run = s;
        while (run < e && !isLower(tokens[run]) && !isPunctuation(tokens[run])) {
            run++;
        }
        if (run == s || allDescriptive(tokens, s, run)) {
            return Optional.of(Optional.empty()); // "Iraqi security forces"
        }
        String text = text(tokens, s, run);
        if (countries.contains(text.toLowerCase(Locale.ROOT))) {
            return Optional.of(Optional.of(new Span(s, run, "location")));
        }
        if (run == s + 1 && isAcronym(tokens[s]) && type.equals("organization")) {
            return Optional.of(Optional.of(new Span(s, run, type)));
        }
        return Optional.empty();
    }

    /** After a common noun and "of": a place when the span is one or the name is a country. */
    private Optional<Optional<Span>> placeAfterOf(String[] tokens, int s, int e, String type) {
        s++;
        while (s < e && isEdgeWord(tokens[s])) {
            s++;
        }
        for (int i = s; i < e; i++) {
            if (!isCapitalised(tokens[i]) && !joiners.contains(tokens[i]) && !particles.contains(tokens[i])) {
                return Optional.empty();
            }
        }
        if (s < e && isCapitalised(tokens[s])
                && (type.equals("location") || countries.contains(text(tokens, s, e).toLowerCase(Locale.ROOT)))) {
            return Optional.of(Optional.of(new Span(s, e, "location")));
        }
        return Optional.empty();
    }

    private String retype(String[] tokens, int s, int e, String type) {
        return type.equals("organization") && countries.contains(text(tokens, s, e).toLowerCase(Locale.ROOT))
                ? "location" : type;
    }

    private boolean isParticleBeforeName(String[] tokens, int s, int e) {
        // "al - Qaida", "van Dijk": a particle followed by a capitalised word (maybe across a hyphen)
        for (int i = s + 1; i < e; i++) {
            if (isCapitalised(tokens[i])) {
                return true;
            }
            if (!isPunctuation(tokens[i])) {
                return false;
            }
        }
        return false;
    }

    private boolean allDescriptive(String[] tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            String t = tokens[i];
            if (!(isTitle(t) || demonyms.contains(t) || isEdgeWord(t) || isPunctuation(t) || isLower(t))) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitle(String t) {
        return isCapitalised(t) && isTitleWord.test(t); // the title list holds "The" of "The Hon."
    }

    private boolean isEdgeWord(String t) {
        return edgeWords.contains(t) || lowerEdgeWords.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean hasCapital(String[] tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            if (isCapitalised(tokens[i]) || Character.isDigit(tokens[i].charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(String t) {
        return Character.isUpperCase(t.charAt(0));
    }

    private static boolean isLower(String t) {
        return Character.isLowerCase(t.charAt(0));
    }

    private static boolean isPunctuation(String t) {
        return t.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isAcronym(String t) {
        long letters = t.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && t.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String text(String[] tokens, int s, int e) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(s, e));
    }
}
