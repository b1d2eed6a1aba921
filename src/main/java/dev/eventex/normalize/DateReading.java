package dev.eventex.normalize;

import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.Set;

/**
 * Finds the {@link TimeOrientation} of a date mention from the verb group of its clause, so
 * that each date is normalized once, in the normalize stage, and every event that uses it
 * reads the same value. Looks left from the date to the nearest verb group ("will travel to X
 * on Friday", "met him on Friday"); a date that opens its clause ("On Friday, the minister
 * will ...") looks right. Word lists come from the lexicons; stateless and thread-safe.
 *
 * @param futureAuxiliaries modals that put a clause in the future ("will", "shall")
 * @param planWords         words that, followed by "to", announce a plan ("due", "set", "plan")
 * @param pastAuxiliaries   auxiliaries of reported events ("was", "had", "did")
 * @param irregularPast     past forms that do not end in "-ed" ("met", "held")
 * @param presentBe         present forms of "be", which say nothing by themselves
 */
public record DateReading(Set<String> futureAuxiliaries, Set<String> planWords, Set<String> pastAuxiliaries,
                          Set<String> irregularPast, Set<String> presentBe) {

    public DateReading {
        futureAuxiliaries = Set.copyOf(futureAuxiliaries);
        planWords = Set.copyOf(planWords);
        pastAuxiliaries = Set.copyOf(pastAuxiliaries);
        irregularPast = Set.copyOf(irregularPast);
        presentBe = Set.copyOf(presentBe);
    }

    /** The orientation of the clause the date at {@code span} sits in. */
    public TimeOrientation of(Sentence s, TokenSpan span) {
        TimeOrientation left = scan(s, span.start() - 1, -1);
        return left != null ? left : java.util.Objects.requireNonNullElse(scan(s, span.end(), 1), TimeOrientation.UNSTATED);
    }

    /** The first verb group's orientation from {@code from} in direction {@code step}, up to a semicolon. */
    private TimeOrientation scan(Sentence s, int from, int step) {
        for (int i = from; i >= 0 && i < s.size() && !s.token(i).text().equals(";"); i += step) {
            TimeOrientation o = verbGroup(s, i);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    /**
     * What token {@code i} says about the clause, or null to keep looking: a modal or "due/set/
     * plan to" means a plan; a past auxiliary or a past verb form a report; another finite verb
     * (present tense) ends the search with nothing stated.
     */
    private TimeOrientation verbGroup(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.lower();
        if (futureAuxiliaries.contains(w)) {
            return TimeOrientation.FUTURE;
        }
        if (w.equals("to") && i > 0 && (planWords.contains(s.token(i - 1).lower()) || planWords.contains(s.token(i - 1).lemma()))) {
            return TimeOrientation.FUTURE;
        }
        if (!t.isVerbLike()) {
            return null;
        }
        if (pastAuxiliaries.contains(w) || irregularPast.contains(w) || w.endsWith("ed") && !w.equals(t.lemma())) {
            return TimeOrientation.PAST;
        }
        if (presentBe.contains(w) && plansAfter(s, i + 1)) {
            return TimeOrientation.FUTURE; // "are to meet", "is due to arrive", read from a fronted date
        }
        if (presentBe.contains(w) || w.endsWith("s") && !w.equals(t.lemma())) {
            return TimeOrientation.UNSTATED; // a finite present verb: the clause says nothing about time
        }
        return null; // an infinitive or participle: the auxiliary further left decides
    }

    /** "to", or a plan word and then "to", at {@code i}. */
    private boolean plansAfter(Sentence s, int i) {
        if (i < s.size() && s.token(i).lower().equals("to")) {
            return true;
        }
        return i + 1 < s.size() && s.token(i + 1).lower().equals("to")
                && (planWords.contains(s.token(i).lower()) || planWords.contains(s.token(i).lemma()));
    }
}
