package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.text.Sentence;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The token spans the dependency parser reads as one word, per sentence: the outermost
 * multi-word names, and a titled person's name together with the capitalised title right
 * before it when the title holds a preposition or a hyphen ("U.S. Secretary of State Ana
 * Berg", "United Nations Secretary-General Ana Berg"). A
 * treebank parser heads such a phrase on the title and hangs the name from its "of" ("Secretary
 * of State Ana Berg" under "Secretary"), so in "[title A] and [title B] met" the conjunct it
 * finds is a title or a body, not the person who met.
 */
public final class ParserUnits {

    private static final int MAX_TITLE_TOKENS = 12;

    private ParserUnits() {
    }

    /** Per sentence, the units of {@code mentions}; the function is pure and may be called from any thread. */
    public static Function<Sentence, List<TokenSpan>> of(List<EntityMention> mentions) {
        Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.kind() == MentionKind.NAME) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        return s -> {
            List<EntityMention> names = bySentence.get(s.index());
            return names == null ? List.of() : units(s, names);
        };
    }

    static List<TokenSpan> units(Sentence s, List<EntityMention> names) {
        List<TokenSpan> candidates = new ArrayList<>();
        for (EntityMention m : names) {
            TokenSpan span = m.tokens();
            int start = m.type() == EntityType.PERSON ? titleStart(s, span.start(), m.attribute("title"), names) : span.start();
            if (span.end() - start > 1) {
                candidates.add(start == span.start() ? span : new TokenSpan(start, span.end()));
            }
        }
        candidates.sort(Comparator.comparingInt((TokenSpan u) -> -u.length()));
        List<TokenSpan> out = new ArrayList<>();
        for (TokenSpan u : candidates) {
            if (out.stream().noneMatch(o -> o.overlaps(u))) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * Where the title written right before a person's name starts, with a place or body name
     * or a capitalised adjective glued before it ("United Nations Secretary-General"), or
     * {@code nameStart} when the title is not written there in capitals.
     */
    static int titleStart(Sentence s, int nameStart, String title, List<EntityMention> names) {
        if (title == null || nameStart == 0 || !s.token(nameStart - 1).isCapitalized() || !misread(title)) {
            return nameStart;
        }
        String wanted = title.replaceAll("\\s+", " ");
        for (int k = nameStart - 1; k >= 0 && k >= nameStart - MAX_TITLE_TOKENS; k--) {
            if (!s.token(k).isCapitalized() && !s.token(k).text().equals("of") && !s.token(k).text().equals("-")) {
                return nameStart;
            }
            if (s.token(k).isCapitalized() && TokenSpans.spelled(s, k, nameStart).equals(wanted)) {
                return before(s, k, names);
            }
        }
        return nameStart;
    }

    /**
     * Whether the parser misreads the title before a name: one with a preposition ("Secretary of
     * State") or split at a hyphen ("Secretary-General"). A title of capitalised words alone
     * ("Prime Minister") it reads as compounds of the name, and a unit would hide what it gets
     * right around it.
     */
    private static boolean misread(String title) {
        return title.contains(" of ") || title.contains(" for ") || title.contains("-");
    }

    /** The start of a place or body name, or a capitalised adjective, that ends right before {@code k}. */
    private static int before(Sentence s, int k, List<EntityMention> names) {
        for (EntityMention m : names) {
            if (m.type() != EntityType.PERSON && m.tokens().end() == k) {
                return m.tokens().start();
            }
        }
        return k > 0 && s.token(k - 1).isCapitalized() && s.token(k - 1).pos().equals("ADJ") ? k - 1 : k;
    }

}
