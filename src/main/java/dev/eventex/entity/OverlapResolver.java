package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;
import static dev.eventex.entity.NameTokens.gluedHyphen;
import static dev.eventex.entity.NameTokens.isPossessiveEnd;

import dev.eventex.api.EntityType;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reduces the candidates of one sentence to one non-overlapping layer of names and values:
 * the higher priority wins, then the longer span. The priorities are declared here, in one
 * place, so the order of the sources is readable at a glance. Before choosing, person names
 * are widened over glued hyphens ("Al-Sabah"), names lose a trailing possessive clitic, and a
 * model organization that strictly contains a gazetteer organization at the same start (a
 * company and its unit or legal form: "Tata Sons") ranks just above it. While choosing, a name
 * whose tail a date covers keeps the words before it. Stateless.
 */
final class OverlapResolver {

    /** Dates, money and quantities. */
    static final int VALUE = 50;
    /** A person named after a title ("Foreign Minister Ann Lee"). */
    static final int TITLE_NAME = 40;
    /** An organization pattern that goes on with "of", "for" or "on" ("Ministry of Health"). */
    static final int ORGANIZATION_OF_PATTERN = 35;
    /** Capitalised words before an organization head ("Otandastar Foundation"). */
    static final int ORGANIZATION_HEAD_PATTERN = 33;
    /** Capitalised words that their context shows to be an organization ("Sekora Ltd.", "Tarvo coach"). */
    static final int ORGANIZATION_EVIDENCE = 32;
    /** A typed gazetteer name. */
    static final int GAZETTEER = 30;
    /** A later mention of a person already named in the document. */
    static final int KNOWN_PERSON = 25;
    /** Capitalised words closed by a comma and an office in apposition ("Ana K Berg, Secretary (East)"). */
    static final int NAME_BEFORE_OFFICE = 22;
    /** The statistical name finder. */
    static final int MODEL = 20;

    /** Words English writes capitalised and hardly ever in lower case ({@code lexicons/capitalised-words.txt}). */
    private final java.util.Set<String> capitalisedWords;

    /** A resolver that knows no capitalised words: a plural never opens a person's name at an organization's end. */
    OverlapResolver() {
        this(java.util.Set.of());
    }

    OverlapResolver(java.util.Set<String> capitalisedWords) {
        this.capitalisedWords = capitalisedWords;
    }

    /** The resolved layer, in order of decreasing priority. */
    List<EntityMention> resolve(SentenceContext c, List<Candidate> candidates) {
        List<Candidate> cands = new ArrayList<>(candidates);
        widerModelNames(cands, c);
        for (int i = 0; i < cands.size(); i++) {
            Candidate cand = cands.get(i);
            if (cand.mention().kind() == MentionKind.NAME && cand.mention().type() == EntityType.PERSON) {
                cands.set(i, new Candidate(joinHyphenated(c.doc, c.sentence, cand.mention()), cand.priority()));
            }
        }
        dropPossessiveEnds(c.doc, c.sentence, cands);
        placesOutrankTheirPatterns(cands);
        personAfterLongNames(c, cands);
        cands.sort(Comparator.comparingInt((Candidate k) -> -k.priority())
                .thenComparingInt(k -> -(k.mention().end() - k.mention().start())));
        List<EntityMention> kept = new ArrayList<>();
        for (Candidate k : cands) {
            EntityMention m = beforeTrailingDate(c, k.mention(), kept);
            if (m == null) {
                continue;
            }
            boolean overlap = false;
            for (EntityMention other : kept) {
                if (other.tokens().overlaps(m.tokens())) {
                    overlap = true;
                    break;
                }
            }
            if (!overlap) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * A name whose last words a date already kept covers ("met President Tomas Varga Wednesday":
     * wire copy dates without "on", and the capitalised weekday runs on from the name) keeps the
     * words before the date; null when none are left. Any other overlap is left to the caller.
     */
    private static EntityMention beforeTrailingDate(SentenceContext c, EntityMention m, List<EntityMention> kept) {
        if (m.kind() != MentionKind.NAME) {
            return m;
        }
        for (EntityMention d : kept) {
            if (d.type() == EntityType.DATE && d.tokens().start() > m.tokens().start() && d.tokens().start() < m.tokens().end()
                    && d.tokens().end() >= m.tokens().end()) {
                return mention(c.doc, c.sentence, m.tokens().start(), d.tokens().start(), m.type(), m.kind(), m.key(), m.code(),
                        m.source(), m.attributes());
            }
        }
        return m;
    }

    /**
     * An organization pattern whose words are exactly a gazetteer place ("West Bank": capitalised
     * words before the head "Bank") yields to the place: the gazetteer knows the whole name.
     */
    private static void placesOutrankTheirPatterns(List<Candidate> cands) {
        List<dev.eventex.text.TokenSpan> places = new ArrayList<>();
        for (Candidate k : cands) {
            if (k.priority() == GAZETTEER && k.mention().type() == EntityType.LOCATION) {
                places.add(k.mention().tokens());
            }
        }
        if (!places.isEmpty()) {
            cands.removeIf(k -> (k.priority() == ORGANIZATION_HEAD_PATTERN || k.priority() == ORGANIZATION_OF_PATTERN)
                    && places.contains(k.mention().tokens()));
        }
    }

    /**
     * An organization pattern that goes on over capitalised words after its head stops where the
     * name model reads a person of two or more words at its end: "the Velor Assembly of Resin
     * Nations Ana Tarvo said" names the body and then its officer (news drops the office word
     * after a long name). The name must keep a word of its own after the head and its link ("the
     * Council for Ana Velor" is left whole), and the person holds no title, head or gazetteer name.
     */
    private void personAfterLongNames(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        for (int i = 0; i < cands.size(); i++) {
            Candidate k = cands.get(i);
            EntityMention org = k.mention();
            if (k.priority() != ORGANIZATION_OF_PATTERN || org.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Candidate p : cands) {
                EntityMention per = p.mention();
                int from = per.tokens().start();
                if (!"model".equals(per.source()) || per.type() != EntityType.PERSON || per.tokens().end() != org.tokens().end()
                        || per.tokens().end() - from < 2 || from < org.tokens().start() + 3
                        || !Character.isUpperCase(s.token(from - 1).text().charAt(0)) || c.anyTitle(from, per.tokens().end())
                        || plainWordsMissing(c, from, per.tokens().end()) || pluralNoun(s.token(from).lower())) {
                    continue;
                }
                cands.set(i, new Candidate(mention(c.doc, s, org.tokens().start(), from, org.type(), org.kind(), org.key(), org.code(),
                        org.source(), org.attributes()), k.priority()));
                break;
            }
        }
    }

    /**
     * A word in s that is no capitalised word of English ("nations", "affairs") is a plural that
     * ends the body's name ("Assembly of Resin Nations"); first names in s ("Carlos") are listed.
     */
    private boolean pluralNoun(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") && !capitalisedWords.contains(lower);
    }

    /** True when a word of {@code [from, to)} is a gazetteer name or an organization head, which a person's name is not. */
    private static boolean plainWordsMissing(SentenceContext c, int from, int to) {
        for (int t = from; t < to; t++) {
            String w = c.sentence.token(t).text();
            if (c.nameAt.containsKey(t) || c.gazetteer.isName(w) || c.gazetteer.isOrganizationHead(w, false)
                    || c.gazetteer.isOrganizationHead(w, true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name the model found that holds a gazetteer name outranks it where the model read the
     * longer name: an organization that starts with a gazetteer organization ("Tata Sons", a
     * company and its unit or legal form), a place that holds a gazetteer place anywhere ("Gulf of
     * Elbonia", "Karnov Prefecture"), a person whose first or last word is a gazetteer city or
     * region ("Lewis Hamilton"; a country so placed mostly ends a company's name: "Claro
     * Elbonia"). Never when the extra words are a title ("EU Commissioner").
     */
    private static void widerModelNames(List<Candidate> cands, SentenceContext c) {
        for (int i = 0; i < cands.size(); i++) {
            EntityMention m = cands.get(i).mention();
            if (!"model".equals(m.source())) {
                continue;
            }
            for (Candidate g : cands) {
                EntityMention gm = g.mention();
                if ("gazetteer".equals(gm.source()) && strictlyInside(gm, m) && holdsAsName(c, m, gm)) {
                    cands.set(i, new Candidate(m, g.priority() + 1));
                    break;
                }
            }
        }
    }

    private static boolean strictlyInside(EntityMention inner, EntityMention outer) {
        return inner.tokens().start() >= outer.tokens().start() && inner.tokens().end() <= outer.tokens().end()
                && inner.tokens().end() - inner.tokens().start() < outer.tokens().end() - outer.tokens().start();
    }

    /** Whether the model's {@code m} is the better reading of the gazetteer name {@code gm} inside it. */
    private static boolean holdsAsName(SentenceContext c, EntityMention m, EntityMention gm) {
        boolean noTitle = !c.anyTitle(m.tokens().start(), gm.tokens().start()) && !c.anyTitle(gm.tokens().end(), m.tokens().end());
        return switch (m.type()) {
            case ORGANIZATION -> gm.type() == EntityType.ORGANIZATION && gm.tokens().start() == m.tokens().start() && noTitle;
            case LOCATION -> gm.type() == EntityType.LOCATION && noTitle && properPlace(c, m);
            case PERSON -> gm.type() == EntityType.LOCATION && !"country".equals(gm.attribute("gaz"))
                    && (gm.tokens().start() == m.tokens().start() || gm.tokens().end() == m.tokens().end())
                    && plainNameWordsAround(c, m, gm);
            default -> false;
        };
    }

    /** The person's words other than the place are plain capitalised words: no title, gazetteer name or place head ("City"). */
    private static boolean plainNameWordsAround(SentenceContext c, EntityMention person, EntityMention place) {
        for (int t = person.tokens().start(); t < person.tokens().end(); t++) {
            if (t >= place.tokens().start() && t < place.tokens().end()) {
                continue;
            }
            String w = c.sentence.token(t).text();
            if (!Character.isUpperCase(w.charAt(0)) || c.titleToken[t] || c.nameAt.containsKey(t)
                    || c.gazetteer.isPlaceHead(w)) {
                return false;
            }
        }
        return true;
    }

    /** A place name is words, capitalised at both ends ("Gulf of Elbonia"), not a span that runs over a dash. */
    private static boolean properPlace(SentenceContext c, EntityMention m) {
        for (int t = m.tokens().start(); t < m.tokens().end(); t++) {
            String w = c.sentence.token(t).text();
            boolean edge = t == m.tokens().start() || t == m.tokens().end() - 1;
            if (!Character.isLetter(w.charAt(0)) || edge && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Widens name mentions over glued hyphens to the capitalised parts around them. */
    private static EntityMention joinHyphenated(AnalyzedText doc, Sentence s, EntityMention m) {
        int a = m.tokens().start();
        int b = m.tokens().end();
        while (a >= 2 && gluedHyphen(s, a - 1)) {
            a -= 2;
        }
        while (b + 1 < s.size() && gluedHyphen(s, b)) {
            b += 2;
        }
        if (a == m.tokens().start() && b == m.tokens().end()) {
            return m;
        }
        return mention(doc, s, a, b, m.type(), m.kind(), m.key(), m.code(), m.source(), m.attributes());
    }

    /**
     * A name never ends in the possessive clitic: the model, which saw few curly apostrophes in
     * training, takes "Kovacs’s" or "States’" whole; the name is the part before it. A
     * candidate that is only the clitic is dropped.
     */
    private static void dropPossessiveEnds(AnalyzedText doc, Sentence s, List<Candidate> cands) {
        for (int i = cands.size() - 1; i >= 0; i--) {
            EntityMention m = cands.get(i).mention();
            if (m.kind() != MentionKind.NAME) {
                continue;
            }
            int b = m.tokens().end();
            while (b > m.tokens().start() && isPossessiveEnd(s.token(b - 1).text())) {
                b--;
            }
            if (b == m.tokens().end()) {
                continue;
            }
            if (b == m.tokens().start()) {
                cands.remove(i);
            } else {
                cands.set(i, new Candidate(mention(doc, s, m.tokens().start(), b, m.type(), m.kind(), m.key(), m.code(), m.source(),
                        m.attributes()), cands.get(i).priority()));
            }
        }
    }
}
