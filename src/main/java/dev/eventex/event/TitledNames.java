package dev.eventex.event;

import static dev.eventex.event.NounPhrases.onlyDeterminers;
import static dev.eventex.event.NounPhrases.skipParenthesis;
import static dev.eventex.internal.Lexicons.CLAUSE_STOPS;
import static dev.eventex.internal.Lexicons.IRREGULAR_PARTICIPLES;
import static dev.eventex.internal.Lexicons.SETTLEMENT_NOUNS;
import static dev.eventex.internal.Lexicons.TITLE_JOINERS;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.text.Token;
import java.util.Set;

/**
 * Titles and descriptions of named persons: where a titled name's description starts, the
 * name a description stands for, an apposition ("the Speaker of the Assembly, Jane Doe") and
 * the institution that only completes a title. Stateless; each method reads one sentence.
 */
final class TitledNames {

    private TitledNames() {
    }

    /** "Jane Doe, Head of the Projects Department at X, handed over": the description stands for the name before it. */
    static EntityMention namedBefore(SentenceContext ctx, EntityMention m) {
        int k = m.tokens().start() - 1;
        if (m.kind() != MentionKind.NOMINAL || m.type() != EntityType.PERSON || k < 1 || !ctx.token(k).text().equals(",")) {
            return m;
        }
        EntityMention p = ctx.outer[k - 1];
        return p != null && p.type() == EntityType.PERSON && p.kind() == MentionKind.NAME ? p : m;
    }

    /**
     * An institution or place that only completes the title of the person named right after it:
     * "Head of the Small Business Agency (SBA) Ana Lee", "Speaker of the Senate of
     * Elbonia Tom Reed" stand for the person.
     */
    static EntityMention titledName(SentenceContext ctx, EntityMention m) {
        boolean title = m.type() == EntityType.PERSON && m.kind() != MentionKind.PRONOUN
                && (m.kind() == MentionKind.NOMINAL || ctx.resolved.entityOf(m) != null && ctx.resolved.entityOf(m).name().contains(" of "));
        if (m.type() == EntityType.PERSON && !title || m.type() != EntityType.PERSON && m.kind() != MentionKind.NAME) {
            return m;
        }
        int k = m.tokens().end();
        int limit = Math.min(ctx.size(), k + 12);
        int b = m.tokens().start();
        // "the Speaker of Kenya's National Assembly, Ann Mwangi": a title's institution may take its holder after a comma
        boolean complement = title || b >= 2 && ctx.token(b - 1).isPossessive()
                && ctx.outer[b - 2] != null && ctx.outer[b - 2].type() == EntityType.PERSON && ctx.outer[b - 2].kind() == MentionKind.NOMINAL
                || b >= 1 && ctx.token(b - 1).lower().equals("of") || b >= 2 && ctx.token(b - 1).lower().equals("the")
                && ctx.token(b - 2).lower().equals("of");
        boolean comma = false;
        while (k < limit) {
            k = skipParenthesis(ctx, k);
            if (complement && !comma && k + 1 < ctx.size() && ctx.token(k).text().equals(",") && ctx.outer[k + 1] != null
                    && ctx.outer[k + 1].type() == EntityType.PERSON && ctx.outer[k + 1].kind() == MentionKind.NAME) {
                comma = true;
                k++;
                break;
            }
            if (k >= limit) {
                break;
            }
            EntityMention n = ctx.outer[k];
            String w = ctx.token(k).lower();
            if (n == null && (w.equals("of") || w.equals("the") || w.equals("-"))) {
                k++;
            } else if (n == null && titleBeforeHolder(ctx, k) > k) {
                k = titleBeforeHolder(ctx, k); // "met Acme president Ann Lee": the body's office, then its holder
            } else if (n == null && w.equals("and") && k + 1 < ctx.size() && ctx.outer[k + 1] != null
                    && ctx.outer[k + 1].type() != EntityType.PERSON) {
                k++;
            } else if (n != null && n.type() != EntityType.PERSON && n.type() != EntityType.DATE && n.kind() == MentionKind.NAME) {
                k = n.tokens().end();
            } else {
                break;
            }
        }
        EntityMention p = k < ctx.size() ? ctx.outer[k] : null;
        return p != null && p.type() == EntityType.PERSON && p.kind() == MentionKind.NAME && p.tokens().start() == k ? p : m;
    }

    /** Most tokens a description set off before a name (its office and what the office is of) may take. */
    private static final int MAX_DESCRIPTION = 14;

    /**
     * A name set off by a comma right after a description of its bearer: "The chairman of Elbonia's
     * governing party, Ida Morrow, arrived". The description opens with a person's office that the entity stage read
     * as a titled nominal ("the head of Elbonia") and runs to the comma over what the office is of: nouns,
     * modifiers (participles before a noun too), determiners, possessives, "of", hyphens and names of bodies
     * and places, never a verb or another person. Such a name holds the office as surely as "President Ida Morrow" does.
     */
    static boolean describedBefore(SentenceContext ctx, EntityMention m) {
        int s = m.tokens().start();
        if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || s < 2 || !ctx.token(s - 1).text().equals(",")) {
            return false;
        }
        for (int j = s - 2; j >= 0 && j >= s - 1 - MAX_DESCRIPTION; j--) {
            EntityMention o = ctx.outer[j];
            if (o != null) {
                if (o.type() == EntityType.PERSON && o.kind() == MentionKind.NOMINAL) {
                    return o.attribute("title") != null;
                }
                if (o.type() == EntityType.PERSON || o.kind() == MentionKind.PRONOUN || o.kind() == MentionKind.VALUE) {
                    return false;
                }
                j = o.tokens().start();
                continue;
            }
            Token t = ctx.token(j);
            String pos = t.pos();
            // a participle before a noun modifies it ("the governing party", "the ruling coalition")
            boolean participle = pos.equals("VERB") && (t.lower().endsWith("ing") || t.lower().endsWith("ed")) && j + 1 < s - 1
                    && (ctx.token(j + 1).pos().equals("NOUN") || ctx.token(j + 1).pos().equals("ADJ") || ctx.token(j + 1).pos().equals("PROPN"));
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")
                    || t.lower().equals("of") || t.isPossessive() || t.text().equals("-") || participle)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the titled person starts whose title is spelt by the unmentioned words from {@code k}
     * ("president Ann Lee", "Deputy Chairman Ann Lee"), or {@code k} when none does.
     */
    static int titleBeforeHolder(SentenceContext ctx, int k) {
        for (int j = k + 1; j < Math.min(ctx.size(), k + 4); j++) {
            EntityMention p = ctx.outer[j];
            if (p != null) {
                String title = p.attribute("title");
                if (p.type() != EntityType.PERSON || p.kind() != MentionKind.NAME || p.tokens().start() != j || title == null) {
                    return k;
                }
                String words = " " + title.toLowerCase(java.util.Locale.ROOT) + " ";
                for (int i = k; i < j; i++) {
                    if (!words.contains(" " + ctx.token(i).lower() + " ")) {
                        return k;
                    }
                }
                return j;
            }
        }
        return k;
    }

    /** "several business associations in Z such as the A Board and the B Union": the first named member. */
    static Arg namedMembers(SentenceContext ctx, String text, EntityMention group, Set<String> types) {
        for (int k = group.tokens().end(); k + 2 < Math.min(ctx.size(), group.tokens().end() + 10); k++) {
            Token t = ctx.token(k);
            if (ctx.outer[k] == null && (t.isVerbLike() || ctx.words(CLAUSE_STOPS).contains(t.lower()) || t.text().equals("."))) {
                return null;
            }
            if (t.lower().equals("such") && ctx.token(k + 1).lower().equals("as")) {
                int j = k + 2;
                while (j < ctx.size() && ctx.outer[j] == null && ctx.token(j).pos().equals("DET")) {
                    j++;
                }
                EntityMention m = j < ctx.size() ? ctx.outer[j] : null;
                Arg a = m == null || m.kind() != MentionKind.NAME ? null : ctx.arg(m, text);
                return a != null && SentenceContext.accepts(a, types) ? a : null;
            }
        }
        return null;
    }

    /**
     * Where a titled name's description starts: "Mozambique's Minister of Industry and
     * Commerce, Alcinda Chissano" starts at "Mozambique". The title text recorded on the
     * mention is looked for right before the name (a comma may sit between).
     */
    static int titleStart(SentenceContext ctx, EntityMention m) {
        String title = m.attribute("title");
        int start = m.tokens().start();
        if (start == 0) {
            return start;
        }
        if (title == null || !ctx.token(start - 1).text().equals(",") && !title.toLowerCase(java.util.Locale.ROOT)
                .endsWith(ctx.token(start - 1).lower())) {
            // no recorded title, or one not written right before the name ("President of the Republic of X Y"):
            // walk back over a capitalised description ("Kenya's Cabinet Secretary for Foreign Affairs")
            int k = start - 1;
            while (k >= 0 && (ctx.token(k).isCapitalized() && !ctx.token(k).isPunct() || ctx.token(k).isPossessive()
                    || ctx.words(TITLE_JOINERS).contains(ctx.token(k).lower())) && !ctx.token(k).isVerbLike()) {
                k--;
            }
            return k + 1;
        }
        int k = start - 1;
        if (ctx.token(k).text().equals(",")) {
            k--;
        }
        // walk back over the title's tokens
        String[] words = title.split("\\s+");
        int w = words.length - 1;
        while (k >= 0 && w >= 0 && ctx.token(k).text().equalsIgnoreCase(words[w])) {
            k--;
            w--;
        }
        if (w >= 0) {
            // the title may be glued differently ("Secretary-General"): accept a partial walk only if it consumed something
            if (w == words.length - 1) {
                return start;
            }
        }
        int begin = k + 1;
        // "Kenya's", "the", a demonym before the title
        if (k >= 1 && ctx.token(k).isPossessive() && ctx.outer[k - 1] != null) {
            begin = ctx.outer[k - 1].tokens().start();
        } else if (k >= 0 && (ctx.token(k).lower().equals("the") || ctx.token(k).pos().equals("ADJ") && ctx.token(k).isCapitalized())) {
            begin = k;
            if (begin > 0 && ctx.token(begin - 1).lower().equals("the")) {
                begin--;
            }
        } else if (k >= 0 && demonymWord(ctx, k)) {
            // "North Korean Vice Foreign Minister X": a demonym the tagger reads as a proper noun, of one or two words
            begin = k > 0 && demonymWord(ctx, k - 1) ? k - 1 : k;
        } else if (k >= 0 && ctx.outer[k] != null && ctx.outer[k].kind() == MentionKind.NAME && ctx.outer[k].tokens().end() == k + 1
                && (ctx.outer[k].type() == EntityType.ORGANIZATION || ctx.outer[k].type() == EntityType.LOCATION)) {
            // "United Nations Secretary-General X", "Kenya Foreign Minister X": the body or country the office is of
            begin = ctx.outer[k].tokens().start();
        }
        return begin;
    }

    /** True when the mention at {@code j} follows "Title of (the) ..." inside the phrase starting at {@code from}. */
    static boolean isTitleComplement(SentenceContext ctx, int from, int j) {
        int p = j - 1;
        while (p >= from && (ctx.token(p).pos().equals("DET") || ctx.token(p).isCapitalized() && ctx.outer[p] == null
                && !ctx.token(p).lower().equals("of"))) {
            p--;
        }
        return p > from && ctx.token(p).lower().equals("of") && !onlyDeterminers(ctx, from, p) && !settlement(ctx, from, p);
    }

    /**
     * "the (southern / Elbonian) city of X": a phrase that opens on a kind of place and its
     * modifiers names X itself; X is no title's complement. Not after an office ("the Governor
     * of the State of X"): an "of" before the noun.
     */
    private static boolean settlement(SentenceContext ctx, int from, int of) {
        if (!ctx.words(SETTLEMENT_NOUNS).contains(ctx.token(of - 1).lower())) {
            return false;
        }
        for (int k = from; k < of - 1; k++) {
            if (ctx.token(k).lower().equals("of")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A description followed by its name in apposition ("the Speaker of Tanzania's National
     * Assembly, Neema Kilango") is represented by the name.
     */
    static EntityMention appositive(SentenceContext ctx, EntityMention m) {
        if (m.kind() == MentionKind.GROUP && m.attribute("head") != null && m.attribute("head").startsWith("delegation")) {
            // "a delegation led by the Minister of State, Khalid Al-Mannai": the leader represents it
            int k = m.tokens().end();
            if (k + 1 < ctx.size() && (ctx.token(k).lower().equals("led") || ctx.token(k).lower().equals("headed"))
                    && ctx.token(k + 1).lower().equals("by")) {
                for (int j = k + 2; j < Math.min(ctx.size(), k + 16); j++) {
                    EntityMention p = ctx.outer[j];
                    if (p != null && p.type() == EntityType.PERSON) {
                        // a leader told only by a long title the name of which is not found ("led by the Head of
                        // the X-Y Friendship Group of ...") leaves the delegation as the party
                        EntityMention leader = appositive(ctx, titledName(ctx, p));
                        dev.eventex.api.Entity e = ctx.resolved.entityOf(leader);
                        return leader.kind() == MentionKind.NAME || e != null && !e.attributes().containsKey("nominal") ? leader : m;
                    }
                    if (ctx.token(j).isVerbLike()) {
                        break;
                    }
                }
            }
            return m;
        }
        if (m.kind() == MentionKind.GROUP) {
            // "the opposition leaders Ann Lee, Bo Li and ...": the names that follow are the people of the group
            int k = m.tokens().end();
            EntityMention name = k < ctx.size() ? ctx.inner[k] : null;
            return name != null && name.type() == EntityType.PERSON && name.kind() == MentionKind.NAME && name.tokens().start() == k
                    ? name : m;
        }
        boolean counterpart = m.text().endsWith("counterpart") || m.text().endsWith("counterparts");
        if (m.kind() != MentionKind.NOMINAL || (m.type() != EntityType.PERSON && !counterpart)) {
            return m;
        }
        int k = m.tokens().end();
        // "her Estonian counterpart Priit Saar"; "his counterpart Anna-Maria Berg" when the entity stage
        // kept only the last part of a hyphenated name: the capitalized words before it belong to it
        int n = k;
        while (counterpart && n < Math.min(ctx.size(), k + 3) && ctx.inner[n] == null
                && (ctx.token(n).isCapitalized() && !ctx.token(n).isPunct() || ctx.token(n).text().equals("-"))) {
            n++;
        }
        for (int at : new int[] {k, n}) {
            if (at < ctx.size() && ctx.inner[at] != null && ctx.inner[at].type() == EntityType.PERSON
                    && ctx.inner[at].kind() == MentionKind.NAME && ctx.inner[at].tokens().start() == at) {
                return ctx.inner[at];
            }
        }
        // "the ambassador accredited in X and concurrent for Y, Ann Lee": a participle right after the
        // description opens a longer description before the name
        int first = k;
        boolean participle = k < ctx.size() && ctx.outer[k] == null && ctx.token(k).pos().equals("VERB")
                && (ctx.token(k).lower().endsWith("ed") || ctx.words(IRREGULAR_PARTICIPLES).contains(ctx.token(k).lower()));
        int limit = Math.min(ctx.size() - 1, k + (participle ? 12 : 8));
        while (k < limit) {
            Token t = ctx.token(k);
            if (t.isVerbLike() && !(participle && k == first)) {
                return m;
            }
            if (t.text().equals(",")) {
                // skip honorifics between the comma and the name: ", Mr. Ahmed Khalil Mansour"
                int h = k + 1;
                while (h < ctx.size() && h <= k + 3 && ctx.inner[h] == null && ctx.token(h).isCapitalized()) {
                    h++;
                }
                EntityMention next = h < ctx.size() ? ctx.inner[h] : null;
                if (next != null && next.type() == EntityType.PERSON && next.kind() == MentionKind.NAME
                        && next.tokens().start() == h) {
                    return next;
                }
            }
            k++;
        }
        return m;
    }

    /**
     * A capitalised adjective or proper noun that no mention covers, right before a title, written as demonyms end
     * ("Ugandan", "Korean", "Chinese", "Kurdish", "Iraqi"): a demonym, not a word of an office's portfolio ("Trade
     * and Administration Minister").
     */
    private static boolean demonymWord(SentenceContext ctx, int k) {
        Token t = ctx.token(k);
        String w = t.lower();
        return ctx.outer[k] == null && t.isCapitalized() && !t.isPunct() && (t.pos().equals("PROPN") || t.pos().equals("ADJ"))
                && w.length() >= 4 && (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i"));
    }
}
