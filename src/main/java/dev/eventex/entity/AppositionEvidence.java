package dev.eventex.entity;

import dev.eventex.internal.Lexicons;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.Set;

/**
 * Reads a describing noun phrase after a name: "Sekora, a Tarvo-based chipmaker," and
 * "Sekora is a family-owned company". The phrase opens with an article after a comma or a
 * form of "be", runs over modifiers (adjectives, nouns, numbers, hyphenated compounds) and
 * ends in its head noun; the head is what {@code organization-evidence.tsv} lists. Stateless.
 */
final class AppositionEvidence {

    /** A longer run of modifiers is more likely a clause than one noun phrase. */
    private static final int MAX_MODIFIERS = 8;

    private final Set<String> openers;
    private final Set<String> nameJoiners;
    private final Set<String> presentBe;

    AppositionEvidence(Lexicons lexicons) {
        this.openers = lexicons.get(Lexicons.APPOSITION_OPENERS);
        this.nameJoiners = lexicons.get(Lexicons.NAME_JOINERS);
        this.presentBe = lexicons.get(Lexicons.PRESENT_BE);
    }

    /**
     * The index of the comma or the verb that ends the name described by the noun phrase whose
     * head is token {@code head}, or -1 when {@code head} heads no such phrase (it goes on as a
     * compound, a possessive or a clause, "a company director", "the company's founder", "Tarvo, the party lost", or no article opens it).
     */
    int nameEnd(Sentence s, int head) {
        Token h = s.token(head);
        if (!isNoun(h)) {
            return -1;
        }
        if (head + 1 < s.size()) {
            Token next = s.token(head + 1);
            if (isNoun(next) || next.isPossessive() || isApostrophe(next.text()) || NameTokens.gluedHyphen(s, head + 1)
                    || next.isVerbLike()) {
                return -1; // "Tarvo, the ruling party lost": the phrase is the subject of the next clause
            }
        }
        int k = head - 1;
        int modifiers = 0;
        while (k >= 0 && !openers.contains(s.token(k).lower())) {
            if (++modifiers > MAX_MODIFIERS || !modifier(s, k)) {
                return -1;
            }
            k--;
        }
        if (k < 1) {
            return -1;
        }
        Token before = s.token(k - 1);
        boolean copula = ("be".equals(before.lemma()) || presentBe.contains(before.lower())) && !before.isPossessive();
        return before.text().equals(",") || copula ? k - 1 : -1;
    }

    /** True when the name {@code [start, ...)} goes on to the left: "Council of [Tarvo Resin]", "Elbo-[Tarvo]", "Tarvo's [Lumber Union]". */
    boolean continuesLeft(Sentence s, int start) {
        if (start == 0) {
            return false;
        }
        Token before = s.token(start - 1);
        return before.isPossessive() || NameTokens.gluedHyphen(s, start - 1)
                || nameJoiners.contains(before.lower()) && start >= 2 && s.token(start - 2).isCapitalized();
    }

    private static boolean modifier(Sentence s, int k) {
        Token t = s.token(k);
        String pos = t.pos();
        if (NameTokens.gluedHyphen(s, k) || "ADJ".equals(pos) || "NUM".equals(pos) || "ADV".equals(pos) || isNoun(t)) {
            return true;
        }
        return "VERB".equals(pos) && k > 0 && NameTokens.gluedHyphen(s, k - 1); // "Tarvo-based", "family-owned"
    }

    private static boolean isApostrophe(String w) {
        return w.equals("'") || w.equals("\u2019");
    }

    private static boolean isNoun(Token t) {
        return "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
    }
}
