package dev.eventex.event;

import dev.eventex.api.Entity;
import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence as the event matcher sees it: tokens, the pattern view of each token, and the
 * outermost mention covering each token. Built per sentence, per call (not shared).
 */
final class SentenceContext {

    final Sentence sentence;
    final List<TokenView> views;
    /** Outermost mention covering each token (descriptions win over the names inside them). */
    final EntityMention[] outer;
    /** Name/value mention covering each token. */
    final EntityMention[] inner;
    final List<EntityMention> mentions;
    final ResolvedEntities resolved;
    /** The word lists the finders consult. */
    final Lexicons lexicons;

    /** Parses the sentence on first use; null when the caller gave no parser. */
    private final java.util.function.Function<Sentence, dev.eventex.text.Syntax> parser;
    private dev.eventex.text.Syntax syntax;
    private boolean parsed;

    SentenceContext(Sentence sentence, List<EntityMention> mentions, ResolvedEntities resolved, Lexicons lexicons) {
        this(sentence, mentions, resolved, lexicons, null);
    }

    SentenceContext(Sentence sentence, List<EntityMention> mentions, ResolvedEntities resolved, Lexicons lexicons,
                    java.util.function.Function<Sentence, dev.eventex.text.Syntax> parser) {
        this.parser = parser;
        this.lexicons = lexicons;
        this.sentence = PosRepair.repair(sentence, lexicons);
        this.resolved = resolved;
        this.mentions = mentions;
        int n = sentence.size();
        outer = new EntityMention[n];
        inner = new EntityMention[n];
        List<EntityMention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((EntityMention m) -> m.tokens().length()));
        for (EntityMention m : byLength) {
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.VALUE) {
                    if (inner[i] == null) {
                        inner[i] = m;
                    }
                }
                outer[i] = m; // longest last
            }
        }
        views = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = this.sentence.token(i);
            EntityMention m = inner[i] != null ? inner[i] : outer[i];
            Set<String> gaz = new HashSet<>();
            String ent = null;
            String kind = null;
            if (m != null) {
                ent = m.kind() == MentionKind.GROUP ? "GROUP" : m.type().name();
                kind = m.kind().name();
                if (m.attribute("gaz") != null) {
                    gaz.add(m.attribute("gaz"));
                }
            }
            if (outer[i] != null && outer[i] != m && outer[i].attribute("title") != null) {
                gaz.add("title");
            }
            views.add(new TokenView(t, ent, kind, gaz));
        }
    }

    /**
     * The sentence's dependency tree: the one it came with, else parsed now (once; most
     * sentences with a trigger word never reach a finder that needs the tree), else null.
     */
    dev.eventex.text.Syntax syntax() {
        if (!parsed) {
            parsed = true;
            syntax = sentence.syntax() != null || parser == null ? sentence.syntax() : parser.apply(sentence);
        }
        return syntax;
    }

    /** The entries of a lexicon ({@link Lexicons#CLAUSE_STOPS} ...). */
    Set<String> words(String lexicon) {
        return lexicons.get(lexicon);
    }

    Token token(int i) {
        return sentence.token(i);
    }

    int size() {
        return sentence.size();
    }

    /** The argument for a mention, or null when it cannot fill a role (an unresolved pronoun). */
    Arg arg(EntityMention m, String docText) {
        Entity e = resolved.entityOf(m);
        String type;
        if (m.kind() == MentionKind.GROUP) {
            type = "GROUP";
        } else if (m.kind() == MentionKind.PRONOUN) {
            if (e == null) {
                return null;
            }
            type = e.type().name();
        } else if (m.kind() == MentionKind.NOMINAL && "#pair".equals(m.key())) {
            type = "PAIR";
        } else {
            type = m.type().name();
        }
        return new Arg(docText.substring(m.start(), m.end()), m.start(), m.end(), m, e, type);
    }

    /** True when the argument's type is one of {@code accepted} (nominal country phrases also act as organizations). */
    static boolean accepts(Arg a, Set<String> accepted) {
        if (accepted.contains(a.type())) {
            return true;
        }
        if (a.mention() != null && a.mention().kind() == MentionKind.NOMINAL && a.mention().type() == EntityType.LOCATION
                && !"#pair".equals(a.mention().key()) && (accepted.contains("ORGANIZATION") || accepted.contains("PERSON"))) {
            return true;
        }
        return a.type().equals("GROUP") && accepted.contains("ORGANIZATION");
    }
}
