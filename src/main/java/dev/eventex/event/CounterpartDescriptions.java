package dev.eventex.event;

import static dev.eventex.internal.Lexicons.COUNTERPART_NOUNS;
import static dev.eventex.internal.Lexicons.POSSESSIVE_DETERMINERS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.MentionKind;
import dev.eventex.text.Token;

/**
 * A description written right before a name without commas that only says whose counterpart the
 * name is ("her Elbonian counterpart Tomas Varga", with or without a comma): a coordination reading back from the name
 * passes over it to the party named before ("Ana Rojas and her counterpart Tomas Varga met").
 * The possessive pronoun in it points at that earlier party, so it adds no party of its own.
 */
final class CounterpartDescriptions {

    /** Words of a country or an office between the possessive and the counterpart noun. */
    private static final int MAX_MODIFIERS = 3;

    private CounterpartDescriptions() {
    }

    /**
     * The first token of a possessive counterpart description that ends right before
     * {@code nameStart} ("his Kenyan counterpart"), or {@code nameStart} when there is none.
     */
    static int descriptionStart(SentenceContext ctx, int nameStart) {
        int noun = nameStart - 1;
        if (noun >= 1 && ctx.token(noun).text().equals(",")) {
            noun--; // "her Elbonian counterpart, Tomas Varga"
        }
        if (noun < 1 || !ctx.words(COUNTERPART_NOUNS).contains(ctx.token(noun).lower())) {
            return nameStart;
        }
        for (int j = noun - 1; j >= Math.max(0, noun - 1 - MAX_MODIFIERS); j--) {
            Token t = ctx.token(j);
            if (ctx.words(POSSESSIVE_DETERMINERS).contains(t.lower())) {
                return j;
            }
            if (!t.pos().equals("ADJ") && !t.pos().equals("PROPN") && !t.pos().equals("NOUN")) {
                break;
            }
        }
        return nameStart;
    }

    /**
     * The first token of the name a possessive counterpart description starting at {@code start}
     * introduces ("and his Kenyan counterpart Ana Berg" read from "his"), or -1 when no such
     * description and person name start there.
     */
    static int nameAfter(SentenceContext ctx, int start) {
        if (start >= ctx.size() || !ctx.words(POSSESSIVE_DETERMINERS).contains(ctx.token(start).lower())) {
            return -1;
        }
        for (int k = start + 1; k < ctx.size() && k <= start + 1 + MAX_MODIFIERS; k++) {
            Token t = ctx.token(k);
            if (ctx.words(COUNTERPART_NOUNS).contains(t.lower())) {
                int n = k + 1 < ctx.size() && ctx.token(k + 1).text().equals(",") ? k + 2 : k + 1;
                return n < ctx.size() && ctx.outer[n] != null && ctx.outer[n].type() == EntityType.PERSON
                        && ctx.outer[n].kind() == MentionKind.NAME && ctx.outer[n].tokens().start() == n ? n : -1;
            }
            if (!t.pos().equals("ADJ") && !t.pos().equals("PROPN") && !t.pos().equals("NOUN")) {
                return -1;
            }
        }
        return -1;
    }
}
