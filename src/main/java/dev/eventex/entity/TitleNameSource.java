package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;
import static dev.eventex.entity.NameTokens.gluedHyphen;

import dev.eventex.api.EntityType;
import dev.eventex.entity.GazetteerEntry.Kind;
import dev.eventex.internal.Lexicons;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import dev.eventex.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Title + name: "Foreign Minister Ann Lee", "the Minister of Trade of Elbonia, Ann Lee" give a
 * person (with the title and the country of the office as attributes); a title without a name
 * ("the visiting minister", "the Kenyan President") gives a person description. Chained
 * titles ("Deputy Prime Minister - Minister of Foreign Affairs"), portfolio lists, "of X"
 * and an envoy's posting ("Ambassador of X to Y") belong to the title. After resolution, an
 * office named in the apposition after a person's name becomes that person's title.
 */
final class TitleNameSource implements MentionSource {

    private static final java.util.regex.Pattern CLOCK_OR_COUNT = java.util.regex.Pattern.compile("\\d{1,2}(?:[:.]\\d{2})?");

    private final Gazetteer gazetteer;
    private final Set<String> functionCaps;
    private final Set<String> nameParticles;

    TitleNameSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.nameParticles = lexicons.get(Lexicons.NAME_PARTICLES);
    }

    @Override
    public void propose(SentenceContext c, List<Candidate> cands) {
        AnalyzedText doc = c.doc;
        Sentence s = c.sentence;
        List<Gazetteer.Match> titles = c.titles;
        Map<Integer, Gazetteer.Match> nameAt = c.nameAt;
        List<EntityMention> descriptors = c.descriptors;
        int i = 0;
        while (i < titles.size()) {
            Gazetteer.Match t = titles.get(i);
            if (t.start() > 0 && CLOCK_OR_COUNT.matcher(s.token(t.start() - 1).text()).matches()) {
                i++; // "5:14 PM", "3 Ministers": after a clock time or a small count the word is no office
                continue;
            }
            int chainStart = t.start();
            int titleEnd = t.end();
            int j = i;
            // chain titles joined by "-", ",", "and": "Deputy Prime Minister - Minister of Foreign Affairs"
            while (j + 1 < titles.size()) {
                Gazetteer.Match next = titles.get(j + 1);
                int gap = next.start() - titleEnd;
                if (gap == 0 || (gap == 1 && isJoiner(s.token(titleEnd).text()))) {
                    titleEnd = next.end();
                    j++;
                } else {
                    break;
                }
            }
            titleEnd = portfolioList(s, titleEnd);
            String country = null;
            int end = titleEnd;
            // "of (the) Republic of Kazakhstan", "of Mongolia", "of the Ministry of ..."
            if (end + 1 < s.size() && s.token(end).text().equals("of")) {
                int k = end + 1;
                if (k < s.size() && s.token(k).lower().equals("the")) {
                    k++;
                }
                Gazetteer.Match g = nameAt.get(k);
                if (g != null && g.first().type() != null) {
                    country = g.first().code();
                    end = g.end();
                } else if (k < s.size() && s.token(k).isCapitalized() && !functionCaps.contains(s.token(k).text())) {
                    int e = k;
                    while (e < s.size() && (s.token(e).isCapitalized() || (e > k && s.token(e).text().equals("of")
                            && e + 1 < s.size() && s.token(e + 1).isCapitalized()))) {
                        e++;
                    }
                    end = portfolioList(s, e);
                }
            }
            // an envoy's posting: "Ambassador of X to Y", "High Commissioner of X to Y"
            if (country != null && end + 1 < s.size() && s.token(end).lower().equals("to")) {
                int k = end + 1;
                if (k < s.size() && s.token(k).lower().equals("the")) {
                    k++;
                }
                Gazetteer.Match posting = nameAt.get(k);
                if (posting != null && posting.first().kind() == Kind.COUNTRY) {
                    end = posting.end();
                }
            }
            // a demonym or country just before the title: "Kazakh Foreign Minister", "Mongolia's President"
            int descStart = chainStart;
            if (chainStart > 0) {
                int p = chainStart - 1;
                if (s.token(p).isPossessive() && p > 0) {
                    p--;
                }
                for (Gazetteer.Match g : nameAt.values()) {
                    if (g.end() == p + 1 || (g.end() == chainStart && g.end() == p + 1)) {
                        if (g.first().code() != null && (g.first().kind() == Kind.DEMONYM || g.first().kind() == Kind.COUNTRY)) {
                            country = country == null ? g.first().code() : country;
                            descStart = g.start();
                        }
                    }
                }
            }
            Map<String, String> attrs = new HashMap<>();
            attrs.put("title", doc.slice(s.token(chainStart).start(), s.token(titleEnd - 1).end()));
            if (country != null) {
                attrs.put("country", country);
            }
            int nameStart = end;
            if (nameStart < s.size() && s.token(nameStart).text().equals(",")) {
                nameStart++; // apposition: "the Trade Minister of Elbonia, Tomas Varga"
                for (Gazetteer.Match h : titles) {
                    if (h.start() == nameStart) {
                        // "President of X, His Excellency Ann Lee": the office is Ann Lee's; after another
                        // office ("President of X, Prime Minister Ann Lee") the name is someone else's
                        nameStart = gazetteer.isHonorific(s, h) ? h.end() : -1;
                        break;
                    }
                }
            }
            int nameEnd = nameStart < 0 ? (nameStart = end) : nameRun(s, nameStart, nameAt);
            boolean titleCapitalized = s.token(chainStart).isCapitalized();
            // "the premier of Moldova, Dorin Popa": a lower-case office in apposition still names the person
            boolean definiteApposition = nameStart > end && descStart > 0 && s.token(descStart - 1).lower().equals("the");
            if (nameEnd > nameStart && (titleCapitalized || definiteApposition)) {
                String after = countryAfterName(s, nameEnd, nameAt);
                if (country == null && after != null) {
                    attrs.put("country", after); // "President Ana Silva of Brazil"
                }
                cands.add(new Candidate(mention(doc, s, nameStart, nameEnd, EntityType.PERSON, MentionKind.NAME, null, null, "rule", attrs),
                        OverlapResolver.TITLE_NAME));
            } else if (nameEnd == nameStart) {
                int dStart = descStart;
                int mod = descStart;
                while (mod > 1 && gazetteer.isDescriptionModifier(s.token(mod - 1).lower())) {
                    mod--; // "the visiting minister", "the outgoing Kenyan president"
                }
                if (mod < descStart && s.token(mod - 1).lower().equals("the")) {
                    dStart = mod - 1;
                } else if (dStart > 0 && s.token(dStart - 1).lower().equals("the")) {
                    dStart--;
                }
                boolean definite = dStart < chainStart && (s.token(dStart).lower().equals("the") || country != null);
                if (definite || titleCapitalized) {
                    descriptors.add(mention(doc, s, dStart, end, EntityType.PERSON, MentionKind.NOMINAL, null, country, "rule", attrs));
                }
            }
            i = j + 1;
        }
    }

    /** The country named right after a titled name ("Prime Minister X of (the) Y"), or null. */
    private static String countryAfterName(Sentence s, int nameEnd, Map<Integer, Gazetteer.Match> nameAt) {
        int k = nameEnd + 1;
        if (k >= s.size() || !s.token(nameEnd).text().equals("of")) {
            return null;
        }
        if (s.token(k).lower().equals("the")) {
            k++;
        }
        Gazetteer.Match g = nameAt.get(k);
        return g != null && g.first().kind() == Kind.COUNTRY ? g.first().code() : null;
    }

    /**
     * "Ann Lee, a special adviser to the Secretary-General, said": an office named in the
     * apposition after a person's name is that person's title ("Ann Lee, a retired teacher,"
     * names no office and gives none).
     */
    @Override
    public List<EntityMention> refine(SentenceContext sc, List<EntityMention> layer) {
        Sentence s = sc.sentence;
        List<Gazetteer.Match> titles = sc.titles;
        List<EntityMention> out = new ArrayList<>(layer);
        for (int k = 0; k < out.size(); k++) {
            EntityMention m = out.get(k);
            int c = m.tokens().end();
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || m.attribute("title") != null
                    || c + 2 >= s.size() || !s.token(c).text().equals(",")
                    || !Set.of("a", "an", "the").contains(s.token(c + 1).lower())) {
                continue;
            }
            int end = c + 2;
            while (end < s.size() && end < c + 12 && !s.token(end).text().equals(",") && !s.token(end).isVerbLike()) {
                end++;
            }
            if (end >= s.size() || !s.token(end).text().equals(",")) {
                continue; // not a closed apposition
            }
            for (Gazetteer.Match t : titles) {
                if (t.start() >= c + 2 && t.end() <= end && !gazetteer.isHonorific(s, t)) {
                    out.set(k, m.withAttributes(Map.of("title", t.first().canonical())));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Extends a title over the rest of its portfolio list: "Minister of Development[, Industry
     * and Trade]", "Cabinet Secretary for Investments[, Trade and Industry]". Only portfolio
     * words from the title gazetteer count, and only a list closed by "and" is taken, so an
     * apposition ("Minister of Trade, Amina Mwangi") is left alone.
     */
    private int portfolioList(Sentence s, int titleEnd) {
        if (titleEnd >= s.size() || titleEnd == 0) {
            return titleEnd;
        }
        int k = titleEnd;
        while (k + 1 < s.size()) {
            String sep = s.token(k).lower();
            boolean comma = sep.equals(",");
            boolean and = sep.equals("and") || sep.equals("&");
            if (!comma && !and) {
                return titleEnd;
            }
            int j = k + 1;
            if (comma && j < s.size() && s.token(j).lower().equals("and")) {
                and = true;
                j++;
            }
            int segStart = j;
            while (j < s.size() && s.token(j).isCapitalized() && gazetteer.isPortfolioWord(s.token(j).lower())) {
                j++;
            }
            if (j == segStart) {
                return titleEnd;
            }
            if (and) {
                return j; // the list is closed
            }
            k = j;
        }
        return titleEnd;
    }

    private static boolean isJoiner(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—") || w.equals(",") || w.equals("and") || w.equals("&");
    }

    /** End of a run of capitalised name tokens starting at {@code start} (start itself if none). */
    private int nameRun(Sentence s, int start, Map<Integer, Gazetteer.Match> nameAt) {
        int e = start;
        while (e < s.size() && e - start < 6) {
            Token t = s.token(e);
            if (e > start && gluedHyphen(s, e)) {
                e += 2; // "Kassym - Jomart" written "Kassym-Jomart"
                continue;
            }
            boolean cap = t.isCapitalized() && !t.isPunct() && !functionCaps.contains(t.text());
            boolean particle = e > start && nameParticles.contains(t.lower()) && e + 1 < s.size() && s.token(e + 1).isCapitalized();
            if (!(cap || particle)) {
                break;
            }
            Gazetteer.Match g = nameAt.get(e);
            if (g != null && e == start && g.first().kind() != Kind.DEMONYM && g.end() - g.start() > 1) {
                break; // "President of the United States" is not a name
            }
            if (g != null && e == start && g.first().type() != null && !t.isProperNoun()) {
                break;
            }
            e++;
        }
        return e;
    }
}
