package dev.eventex.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Stage 1b: gives a sentence its dependency tree from the tokens, tags and lemmas of text
 * analysis. Implementations are thread-safe; one instance serves all threads.
 *
 * <p>Names are parsed as units: a parser trained on treebanks mis-attaches the words of a
 * long title and name ("Minister of Foreign Affairs of X Ann Lee"), so the caller may pass
 * the token spans of the names the entity stage found; each is parsed as one proper noun,
 * and its words hang from its last word as {@code flat}.
 */
public interface DependencyParser {

    /** The tree of one tagged sentence, each of {@code units} (disjoint spans) parsed as one word. */
    Syntax parse(Sentence sentence, List<TokenSpan> units);

    /** The tree of one tagged sentence. */
    default Syntax parse(Sentence sentence) {
        return parse(sentence, List.of());
    }

    /**
     * The document with a tree on every sentence that {@code worth} selects (parsing costs
     * about as much as tagging, so callers parse only sentences that may state an event).
     */
    default AnalyzedText parse(AnalyzedText doc, Predicate<Sentence> worth, Function<Sentence, List<TokenSpan>> units) {
        List<Sentence> out = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            out.add(s.syntax() == null && s.size() > 0 && worth.test(s) ? s.withSyntax(parse(s, units.apply(s))) : s);
        }
        return new AnalyzedText(doc.text(), out);
    }

    /** As {@link #parse(AnalyzedText, Predicate, Function)} without name units. */
    default AnalyzedText parse(AnalyzedText doc, Predicate<Sentence> worth) {
        return parse(doc, worth, s -> List.of());
    }
}
