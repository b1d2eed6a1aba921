package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of people as organization descriptions: "members of the State Great Khural",
 * "prominent Kazakh figures in Mongolia", "the local Kazakh community" (head nouns from the
 * gazetteer; the country of a demonym or country inside becomes the group's code). A head in -s
 * tagged as a verb right after "he" or "she" is that pronoun's verb ("He heads back to X"), no group.
 * A team, group or couple is one only when its members, its office or the organization it serves
 * are told ("a team of inspectors", "the royal couple", "a team from the Tarvo Agency"); one
 * official is a party only as the side of a country or body named in or before the phrase.
 */
final class GroupSource implements MentionSource {

    private final Gazetteer gazetteer;
    /** "he", "she": the subject pronouns ({@code subject-pronouns}) that are third person singular ({@code personal-pronouns}). */
    private final Set<String> singularSubjects;
    private final Set<String> countryPersonNouns;
    /** "team", "couple": heads of a group of office holders only when qualified ({@code member-group-nouns}). */
    private final Set<String> memberGroupNouns;
    /** "royal", "inspection", "negotiating": modifiers that make such a head an official group ({@code group-office-modifiers}). */
    private final Set<String> officeModifiers;
    /** "doctors", "tourists": members that make a team private people ({@code private-traveller-heads}). */
    private final Set<String> privateHeads;

    GroupSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        Set<String> subjects = new java.util.HashSet<>(lexicons.get(Lexicons.SUBJECT_PRONOUNS));
        subjects.retainAll(lexicons.get(Lexicons.PERSONAL_PRONOUNS));
        this.singularSubjects = Set.copyOf(subjects);
        this.countryPersonNouns = lexicons.get(Lexicons.COUNTRY_PERSON_NOUNS);
        this.memberGroupNouns = lexicons.get(Lexicons.MEMBER_GROUP_NOUNS);
        this.officeModifiers = lexicons.get(Lexicons.GROUP_OFFICE_MODIFIERS);
        this.privateHeads = lexicons.get(Lexicons.PRIVATE_TRAVELLER_HEADS);
    }

    @Override
    public void describe(SentenceContext c, List<EntityMention> layer, List<EntityMention> out) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        List<Gazetteer.Match> names = c.names;
        for (int i = 0; i < s.size(); i++) {
            Token head = s.token(i);
            boolean single = countryPersonNouns.contains(head.lower()) && "NOUN".equals(head.pos());
            boolean member = !single && memberGroupNouns.contains(head.lower()) && "NOUN".equals(head.pos());
            if (!single && !member && !gazetteer.isGroupNoun(head.lower()) || !("NOUN".equals(head.pos()) || "PROPN".equals(head.pos())
                    || "VERB".equals(head.pos()) && head.lower().endsWith("s"))) { // the tagger calls "executives" a verb
                continue;
            }
            if (verbBeforePlace(s, i)) {
                continue;
            }
            if ("VERB".equals(head.pos()) && i > 0 && singularSubjects.contains(s.token(i - 1).lower())) {
                continue; // "He heads back to X": a singular subject pronoun is followed by its verb, never by a plural noun
            }
            int start = i;
            while (start > 0) {
                Token p = s.token(start - 1);
                boolean mod = "ADJ".equals(p.pos()) || "NOUN".equals(p.pos()) || "PROPN".equals(p.pos()) || "NUM".equals(p.pos())
                        || p.lower().equals("the") || p.lower().equals("a");
                if (!mod || p.isPunct()) {
                    break;
                }
                if ("ADJ".equals(p.pos()) && "NUM".equals(s.token(start).pos()) && start >= 2 && "ADP".equals(s.token(start - 2).pos())) {
                    break; // "at least five mayors": the adjective belongs to the preposition, not to the group
                }
                start--;
                if (p.lower().equals("the") || p.lower().equals("a")) {
                    break;
                }
            }
            // "Burma's second ranking official", "the Union's negotiating team": the body or country that owns the phrase
            EntityMention owner = (single || member) ? possessor(layer, s, start) : null;
            if (owner != null) {
                start = owner.tokens().start();
            }
            int end = i + 1;
            boolean office = false;
            if (member) {
                // "a team of inspectors", "the royal couple", "the Union team": a group of officials only when its
                // members, its office or the organization it serves are told (a country's team may be a sports side)
                int members = officialMembers(s, end);
                office = members > 0 || modifiedByOffice(s, start, i) || organizationIn(layer, s, start, i);
                if (members > 0) {
                    end = members;
                }
            }
            boolean belongs = false;
            EntityMention inner = null;
            // "members of the State Great Khural", "figures in Mongolia", "community in Mongolia"
            if (end + 1 < s.size() && (s.token(end).text().equals("of") || s.token(end).text().equals("in")
                    || s.token(end).text().equals("from"))) {
                inner = startingNear(layer, s.index(), end + 1);
                if (inner != null && (inner.type() == EntityType.ORGANIZATION || inner.type() == EntityType.LOCATION)) {
                    // "a team from the agency", not "a team in Karsk"; a team or a couple "from Karsk" are its sportsmen or its people
                    belongs = !s.token(end).text().equals("in") && (!member || inner.type() == EntityType.ORGANIZATION);
                    end = inner.tokens().end();
                } else {
                    inner = null;
                }
            }
            if (member && !office && !belongs) {
                continue; // "the team", "a couple": sports teams and private people name no official party
            }
            String code = null;
            for (Gazetteer.Match m : names) {
                if (m.start() >= start && m.end() <= end && m.first().code() != null) {
                    code = m.first().code();
                    break;
                }
            }
            if (code == null && inner != null) {
                code = inner.code(); // "envoys from North" of "North and South Korea"
            }
            if (single && owner == null && (code == null && !belongs || !(s.token(start).lower().equals("a") || s.token(start).lower().equals("an")))) {
                // "an official" alone names nobody; "a senior Elbonian official" is Elbonia's side, "a representative
                // from the Union" that body's; "the most senior Elbonian official to visit X" describes a person
                // named elsewhere in the clause
                continue;
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("head", head.lower());
            if (code != null) {
                attrs.put("country", code);
            }
            out.add(mention(doc, s, start, end, EntityType.ORGANIZATION, MentionKind.GROUP, fullName(doc, s, start, inner), code, "rule", attrs));
            i = end - 1;
        }
    }

    /**
     * "a team of inspectors", "a group of senior officials": after the head's "of", a noun phrase
     * headed by a group noun that is not one of private people ("a team of doctors", "a group of
     * tourists"). Returns the index after that head, or -1.
     */
    private int officialMembers(Sentence s, int of) {
        if (of + 1 >= s.size() || !s.token(of).lower().equals("of")) {
            return -1;
        }
        for (int j = of + 1; j < Math.min(s.size(), of + 6); j++) {
            Token t = s.token(j);
            if (gazetteer.isGroupNoun(t.lower()) && ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()) || "VERB".equals(t.pos()))) {
                return privateHeads.contains(t.lower()) ? -1 : j + 1;
            }
            boolean modifier = "ADJ".equals(t.pos()) || "NUM".equals(t.pos()) || "PROPN".equals(t.pos()) || "NOUN".equals(t.pos())
                    || j == of + 1 && "DET".equals(t.pos());
            if (!modifier || t.isPunct()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The country or organization named right before the possessive that opens the phrase at {@code start}
     * ("Elbonia's top diplomat"), or null.
     */
    /**
     * The description's name with the place or body it ends on named in full ("envoys from North
     * Korea" for the "envoys from North" of "North and South Korea"), or null when it reads as written.
     */
    private static String fullName(AnalyzedText doc, Sentence s, int start, EntityMention inner) {
        if (inner == null || inner.key() == null || inner.text().equals(inner.key()) || !inner.key().startsWith(inner.text())) {
            return null;
        }
        return doc.slice(s.token(start).start(), inner.start()) + inner.key();
    }

    private static EntityMention possessor(List<EntityMention> layer, Sentence s, int start) {
        if (start < 2 || !s.token(start - 1).isPossessive()) {
            return null;
        }
        for (EntityMention m : layer) {
            if (m.sentence() == s.index() && m.tokens().end() == start - 1
                    && (m.type() == EntityType.LOCATION || m.type() == EntityType.ORGANIZATION)) {
                return m;
            }
        }
        return null;
    }

    /** An organization named among the words before the head, or owning them: "the Union team", "the Agency's team". */
    private static boolean organizationIn(List<EntityMention> layer, Sentence s, int start, int head) {
        for (EntityMention m : layer) {
            if (m.sentence() == s.index() && m.type() == EntityType.ORGANIZATION && m.tokens().start() >= start && m.tokens().end() <= head) {
                return true;
            }
        }
        return false;
    }

    /** An office modifier among the words before the head: "the royal couple", "an inspection team". */
    private boolean modifiedByOffice(Sentence s, int start, int head) {
        for (int k = start; k < head; k++) {
            if (officeModifiers.contains(s.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Ruto heads to Asia": a word in -s right after a name, before a "to" that the tagger calls an
     * infinitive marker although a name or a determiner follows, is the verb of motion the tagger
     * read as a plural noun, no group ("heads of state").
     */
    private static boolean verbBeforePlace(Sentence s, int i) {
        if (i == 0 || i + 2 >= s.size() || !"PROPN".equals(s.token(i - 1).pos())) {
            return false;
        }
        Token to = s.token(i + 1);
        Token next = s.token(i + 2);
        return to.lower().equals("to") && "PART".equals(to.pos()) && (next.isCapitalized() || "DET".equals(next.pos()));
    }

    private static EntityMention startingNear(List<EntityMention> layer, int sentence, int token) {
        for (EntityMention m : layer) {
            if (m.sentence() == sentence && (m.tokens().start() == token || m.tokens().start() == token + 1)) {
                return m;
            }
        }
        return null;
    }
}
