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
 * and an envoy's posting ("Ambassador of X to Y") belong to the title, up to the country of a
 * named body ("the President of the Senate of Chile Ana Berg"). A lower-case office right before
 * a full name names it ("foreign minister Ana Berg"). The name after a counterpart noun ("his
 * Kenyan counterpart Ana Berg") and a name closed by an office in apposition ("Ana K Berg,
 * Secretary (East),") are persons too. After resolution, an office named in the apposition after
 * a person's name becomes that person's title.
 */
final class TitleNameSource implements MentionSource {

    private static final java.util.regex.Pattern CLOCK_OR_COUNT = java.util.regex.Pattern.compile("\\d{1,2}(?:[:.]\\d{2})?");

    private final Gazetteer gazetteer;
    private final Set<String> functionCaps;
    private final Set<String> nameParticles;
    private final Set<String> counterpartNouns;
    private final Set<String> appositionOpeners;
    private final Set<String> portfolioWords;

    TitleNameSource(Gazetteer gazetteer, Lexicons lexicons) {
        this.gazetteer = gazetteer;
        this.functionCaps = lexicons.get(Lexicons.CAPITALISED_FUNCTION_WORDS);
        this.nameParticles = lexicons.get(Lexicons.NAME_PARTICLES);
        this.counterpartNouns = lexicons.get(Lexicons.COUNTERPART_NOUNS);
        this.appositionOpeners = lexicons.get(Lexicons.APPOSITION_OPENERS);
        this.portfolioWords = lexicons.get(Lexicons.PORTFOLIO_WORDS);
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
            titleEnd = portfolioList(s, portfolioTail(s, titleEnd));
            if (isPortfolio(s.token(titleEnd - 1).lower())) {
                int joined = joinedPortfolioCut(s, titleEnd, nameAt); // "Minister of Health and Social Welfare Ana Berg"
                titleEnd = joined > 0 ? joined : titleEnd;
            }
            String country = null;
            int end = titleEnd;
            // "of (the) Republic of Kazakhstan", "of Mongolia", "of the Ministry of ..."
            if (end + 1 < s.size() && s.token(end).text().equals("for")) {
                // "Minister of State for External Affairs V Lee": a portfolio after "for" is part of the title
                // only where it visibly ends before a name; otherwise the run is left to the other sources
                int e = capitalisedRun(s, end + 1);
                int cut = portfolioEnd(s, end + 1, e, nameAt);
                int joined = joinedPortfolioCut(s, e, nameAt);
                cut = cut == e && joined > 0 ? joined : cut;
                if (cut > end + 1 && cut != e) {
                    end = portfolioList(s, cut);
                    titleEnd = end; // the portfolio is the office's, not a country's: it belongs to the title
                }
            } else if (end + 1 < s.size() && s.token(end).text().equals("of")) {
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
                        Gazetteer.Match place = e > k && s.token(e).text().equals("of") ? countryAfterOf(s, e, nameAt) : null;
                        if (place != null) {
                            break; // "the Senate of Chile Ann Lee": the body's country closes the title
                        }
                        e++;
                    }
                    int cut = portfolioEnd(s, k, e, nameAt);
                    int joined = joinedPortfolioCut(s, e, nameAt);
                    end = portfolioList(s, cut == e && joined > 0 ? joined : cut);
                }
                // "of the Senate of Chile", "of the Sejm (lower house) of Poland": the body's country
                int of = end < s.size() && s.token(end).text().equals("(") ? closingParenthesis(s, end) + 1 : end;
                Gazetteer.Match place = end > k && of > 0 && of < s.size() && s.token(of).text().equals("of") ? countryAfterOf(s, of, nameAt) : null;
                if (place != null) {
                    country = place.first().code();
                    end = place.end();
                }
            }
            // an envoy's posting: "Ambassador of X to Y", "High Commissioner of X to Y", and after a country or
            // demonym: "the Elbonian Ambassador to Ruritania, Ana Berg"
            if ((country != null || end == titleEnd && countryBefore(s, chainStart, nameAt)) && end + 1 < s.size()
                    && s.token(end).lower().equals("to")) {
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
            // "the premier of Moldova, Dorin Popa": a lower-case office in apposition still names the person; so
            // does one owned by its country ("Elbonia's president, Dorin Popa"), the possessive being as definite
            boolean definiteApposition = nameStart > end && (descStart > 0 && s.token(descStart - 1).lower().equals("the")
                    || descStart < chainStart && s.token(chainStart - 1).isPossessive());
            // "deputy secretary of state Ann Lee": a lower-case office right before a full name names the person;
            // lower-case words before it belong to the office ("peace envoy", "foreign policy chief", "ministry
            // spokesperson"), as wire copy writes descriptive titles
            int officeStart = descStart == chainStart && !titleCapitalized && nameStart == end && nameEnd > nameStart
                    ? compoundOfficeStart(s, chainStart) : chainStart;
            if (officeStart < chainStart) {
                attrs.put("title", doc.slice(s.token(officeStart).start(), s.token(titleEnd - 1).end()));
            }
            boolean lowerTitleName = nameStart == end && nameEnd - nameStart >= 2 && plainName(s, nameStart, nameEnd, nameAt)
                    && (descStart == 0 || !s.token(descStart - 1).pos().equals("NOUN") || s.token(descStart - 1).isCapitalized()
                    || officeStart < chainStart);
            // a lone letter after an office is no name ("Gen Z"); after "Mr" or before "." it is ("Mr X", "G. Lee")
            boolean letter = nameEnd - nameStart == 1 && s.token(nameStart).text().length() == 1 && !gazetteer.isHonorific(s, t)
                    && !(nameEnd < s.size() && s.token(nameEnd).text().equals("."));
            if (nameEnd > nameStart && !letter && (titleCapitalized || definiteApposition || lowerTitleName)
                    && !namedAfterPerson(s, nameStart, nameEnd) && !headsOnly(s, nameStart, nameEnd)) {
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
        counterpartNames(c, cands);
        namesBeforeOffice(c, cands);
    }

    /** Where the lower-case nouns and adjectives right before a lower-case title start ("peace envoy", "defence chief"). */
    private int compoundOfficeStart(Sentence s, int chainStart) {
        int k = chainStart;
        while (k > 0 && !s.token(k - 1).isCapitalized() && Character.isLetter(s.token(k - 1).text().charAt(0))
                && !gazetteer.isDescriptionModifier(s.token(k - 1).lower()) // "the visiting minister": a description, no office
                && (s.token(k - 1).pos().equals("NOUN") || s.token(k - 1).pos().equals("ADJ"))) {
            k--;
        }
        return k;
    }

    /** A country or demonym ends right before the title, possibly with a possessive ("Elbonian", "Elbonia's"). */
    private static boolean countryBefore(Sentence s, int chainStart, Map<Integer, Gazetteer.Match> nameAt) {
        int p = chainStart - 1;
        if (p > 0 && s.token(p).isPossessive()) {
            p--;
        }
        for (Gazetteer.Match g : nameAt.values()) {
            if (g.end() == p + 1 && g.first().code() != null && (g.first().kind() == Kind.DEMONYM || g.first().kind() == Kind.COUNTRY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "his Kazakh counterpart Ana Berg", "her counterpart, Ana Berg": the name after a
     * counterpart noun is a person (the office is the other party's, given in normalize), whatever
     * the name model reads it as.
     */
    private void counterpartNames(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        for (int i = 1; i + 1 < s.size(); i++) {
            if (!counterpartNouns.contains(s.token(i).lower())) {
                continue;
            }
            Gazetteer.Match before = null;
            for (Gazetteer.Match g : c.names) {
                if (g.end() == i && (g.first().kind() == Kind.DEMONYM || g.first().kind() == Kind.COUNTRY)) {
                    before = g;
                }
            }
            int owner = before != null ? before.start() - 1 : i - 1;
            if (owner < 0 || !(s.token(owner).pos().equals("PRON") || s.token(owner).isPossessive() || s.token(owner).lower().equals("the"))) {
                continue; // "his counterpart", "Kenya's counterpart", "the Kenyan counterpart"
            }
            int nameStart = s.token(i + 1).text().equals(",") ? i + 2 : i + 1;
            int nameEnd = nameStart < s.size() ? nameRun(s, nameStart, c.nameAt) : nameStart;
            if (nameEnd == nameStart || !plainName(s, nameStart, nameEnd, c.nameAt) || c.anyTitle(nameStart, nameEnd)) {
                continue; // a title follows ("his counterpart President X" is the title's), or a place
            }
            // no attributes: normalize gives the name the partner's office and the demonym's country
            cands.add(new Candidate(c.mention(nameStart, nameEnd, EntityType.PERSON, MentionKind.NAME, null, null, "rule", Map.of()),
                    OverlapResolver.TITLE_NAME));
        }
    }

    /**
     * "met Ana K Berg, Secretary (East), on Monday": a name of two or more capitalised words
     * closed by a comma and an office in apposition is a person. Weaker than gazetteer names and
     * organization patterns, stronger than the name model; not when the office is followed by a
     * name of its own ("X, President Y" lists two).
     */
    private void namesBeforeOffice(SentenceContext c, List<Candidate> cands) {
        Sentence s = c.sentence;
        for (Gazetteer.Match t : c.titles) {
            int comma = t.start() - 1;
            if (comma < 2 || !s.token(comma).text().equals(",") || !s.token(t.start()).isCapitalized() || gazetteer.isHonorific(s, t)) {
                continue;
            }
            int after = t.end() < s.size() && s.token(t.end()).text().equals(",") ? t.end() + 1 : t.end();
            if (after < s.size() && nameRun(s, after, c.nameAt) > after) {
                continue;
            }
            int start = comma;
            while (start > 0 && comma - start < 5 && nameToken(s, start - 1) && !valueEndsAt(cands, start)) {
                start--;
            }
            if (comma - start < 2 || (start > 0 && s.token(start - 1).isCapitalized() && !s.token(start - 1).isPunct() && !valueEndsAt(cands, start))
                    || nameRun(s, start, c.nameAt) != comma || !plainName(s, start, comma, c.nameAt) || c.anyTitle(start, comma)) {
                continue;
            }
            cands.add(new Candidate(c.mention(start, comma, EntityType.PERSON, MentionKind.NAME, null, null, "rule",
                    Map.of("title", c.doc.slice(s.token(t.start()).start(), s.token(t.end() - 1).end()))), OverlapResolver.NAME_BEFORE_OFFICE));
        }
    }

    /** True if a value candidate ("on Sunday") ends right before token {@code i}. */
    private static boolean valueEndsAt(List<Candidate> cands, int i) {
        for (Candidate k : cands) {
            if (k.priority() == OverlapResolver.VALUE && k.mention().tokens().end() == i) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word that may be part of a personal name (one-letter initials included). */
    private boolean nameToken(Sentence s, int i) {
        Token t = s.token(i);
        return t.isCapitalized() && !t.isPunct() && (!functionCaps.contains(t.text()) || middleInitial(s, i))
                && Character.isLetter(t.text().charAt(0));
    }

    /**
     * A one-letter word the function-word list holds ("A", "I") between two name words is a middle
     * initial ("Rakesh A Velor"), not the article: an article does not follow a name inside a name run.
     */
    private boolean middleInitial(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && s.token(i).text().length() == 1 && Character.isUpperCase(s.token(i).text().charAt(0))
                && plainWord(s.token(i - 1)) && plainWord(s.token(i + 1));
    }

    private boolean plainWord(Token t) {
        return t.isCapitalized() && !t.isPunct() && t.text().length() > 1 && !functionCaps.contains(t.text())
                && Character.isLetter(t.text().charAt(0));
    }

    /**
     * True if no word of {@code [start, end)} is a known place, organization, body or demonym and
     * none is an organization head ("Ministry", "Council"): the run is a personal name.
     */
    private boolean plainName(Sentence s, int start, int end, Map<Integer, Gazetteer.Match> nameAt) {
        for (int i = start; i < end; i++) {
            Gazetteer.Match g = nameAt.get(i);
            if (g != null && g.first().type() != null) {
                return false;
            }
            if (gazetteer.isOrganizationHead(s.token(i).text(), false) || gazetteer.isOrganizationHead(s.token(i).text(), true)) {
                return false;
            }
        }
        return true;
    }

    /** The country named after the "of" at {@code of} ("of Chile", "of the Republic of Chile"), or null. */
    private static Gazetteer.Match countryAfterOf(Sentence s, int of, Map<Integer, Gazetteer.Match> nameAt) {
        int k = of + 1;
        if (k < s.size() && s.token(k).lower().equals("the")) {
            k++;
        }
        Gazetteer.Match g = nameAt.get(k);
        return g != null && g.first().kind() == Kind.COUNTRY ? g : null;
    }

    /** The index of the ")" closing the "(" at {@code open} within a few words, or {@code open - 1} when none does. */
    private static int closingParenthesis(Sentence s, int open) {
        for (int i = open + 1; i < s.size() && i < open + 8; i++) {
            if (s.token(i).text().equals(")")) {
                return i;
            }
        }
        return open - 1;
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
     * names no office and gives none). An apposition opened by a country's possessive ("Ann Lee,
     * Elbonia's foreign minister,") is as definite as one opened by "the", and gives the country too.
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
                    || c + 2 >= s.size() || !s.token(c).text().equals(",")) {
                continue;
            }
            String owner = possessiveCountry(sc, c + 1);
            if (owner == null && !appositionOpeners.contains(s.token(c + 1).lower())) {
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
                    out.set(k, m.withAttributes(owner == null || m.attribute("country") != null
                            ? Map.of("title", t.first().canonical()) : Map.of("title", t.first().canonical(), "country", owner)));
                    break;
                }
            }
        }
        return withoutModelNamesInTitles(sc, out);
    }

    /** The code of a country named at token {@code at} and followed by a possessive ("Elbonia's"), or null. */
    private static String possessiveCountry(SentenceContext sc, int at) {
        Gazetteer.Match g = sc.nameAt.get(at);
        return g != null && g.first().kind() == Kind.COUNTRY && g.first().code() != null && g.end() < sc.sentence.size()
                && sc.sentence.token(g.end()).isPossessive() ? g.first().code() : null;
    }

    /**
     * The words of a title right before a titled person's name are the title's: a name the
     * model read over them ("Elbonian Agriculture" of "Elbonian Agriculture Secretary Ana Berg")
     * is dropped, so it can neither stand for the person nor take part in events of its own.
     */
    private static List<EntityMention> withoutModelNamesInTitles(SentenceContext sc, List<EntityMention> layer) {
        boolean[] title = null;
        for (EntityMention m : layer) {
            if (m.type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.attribute("title") != null) {
                for (Gazetteer.Match t : sc.titles) {
                    if (t.end() == m.tokens().start()) {
                        if (title == null) {
                            title = new boolean[sc.sentence.size()];
                        }
                        java.util.Arrays.fill(title, t.start(), t.end(), true);
                    }
                }
            }
        }
        if (title == null) {
            return layer;
        }
        boolean[] inTitle = title;
        List<EntityMention> out = new ArrayList<>(layer);
        out.removeIf(m -> m.kind() == MentionKind.NAME && m.type() != EntityType.PERSON && "model".equals(m.source())
                && java.util.stream.IntStream.range(m.tokens().start(), m.tokens().end()).anyMatch(i -> inTitle[i]));
        return out;
    }

    /**
     * Extends a title over the rest of its portfolio list: "Minister of Development[, Industry
     * and Trade]", "Cabinet Secretary for Investments[, Trade and Industry]". Only portfolio
     * words from the title gazetteer count, and only a list closed by "and" is taken, so an
     * apposition ("Minister of Trade, Amina Mwangi") is left alone.
     */
    /**
     * Where the portfolio in a capitalised run after "Minister of" ends: a title and the holder's name are
     * often written without a comma ("Minister of Basic Education Ann Lee"), so a run whose last portfolio
     * word is followed by at least two more capitalised words that are no place or body leaves those words
     * to the name.
     */
    private int portfolioEnd(Sentence s, int start, int end, Map<Integer, Gazetteer.Match> nameAt) {
        int last = -1;
        for (int e = start; e < end; e++) {
            if (portfolioWords.contains(s.token(e).lower())) {
                last = e;
            }
        }
        return last >= 0 && end - (last + 1) >= 2 && plainName(s, last + 1, end, nameAt) ? last + 1 : end;
    }

    /** The end of the run of capitalised words from {@code from} that are no capitalised function words ("of The"). */
    private int capitalisedRun(Sentence s, int from) {
        int e = from;
        while (e < s.size() && s.token(e).isCapitalized() && !functionCaps.contains(s.token(e).text())) {
            e++;
        }
        return e;
    }

    /**
     * Where a portfolio joined by "and" to the capitalised run ending at {@code runEnd} closes
     * before a name, or -1: "Minister of Industry and Advanced Technology Ana Berg", "Minister for
     * Health and Welfare Ana Berg". The second part must end on a portfolio word with a plain name
     * of two or more words after it, so "the Minister of Finance and Ana Berg" stays two parties.
     */
    private int joinedPortfolioCut(Sentence s, int runEnd, Map<Integer, Gazetteer.Match> nameAt) {
        if (runEnd + 2 >= s.size() || !(s.token(runEnd).text().equals("and") || s.token(runEnd).text().equals("&"))) {
            return -1;
        }
        int from = runEnd + 1;
        int e = capitalisedRun(s, from);
        int cut = portfolioEnd(s, from, e, nameAt);
        return cut > from && cut < e ? cut : -1;
    }

    /**
     * A title that ends on a portfolio word goes on over the portfolio words after it: "Minister
     * for Defence Affairs", "Secretary of Home Security Affairs"; they are the office's, not a name.
     */
    private int portfolioTail(Sentence s, int titleEnd) {
        int k = titleEnd;
        if (k == 0 || !portfolioWords.contains(s.token(k - 1).lower())) {
            return titleEnd;
        }
        while (k < s.size() && s.token(k).isCapitalized() && portfolioWords.contains(s.token(k).lower())) {
            k++;
        }
        return k;
    }

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
            while (j < s.size() && s.token(j).isCapitalized() && isPortfolio(s.token(j).lower())) {
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

    /** A portfolio word of the lexicon or of a gazetteer title's "of"/"for" part. */
    private boolean isPortfolio(String lower) {
        return portfolioWords.contains(lower) || gazetteer.isPortfolioWord(lower);
    }

    private static boolean isJoiner(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—") || w.equals(",") || w.equals("and") || w.equals("&");
    }

    /**
     * True when the capitalised run after a title or honorific goes on past a name into an
     * organization head ("Sheikh Ana Berg National Institute of ...", "President Ana Berg
     * Foundation"): a body named after the person, which the organization sources name, not a
     * person. The head must stand after at least two words, so a one-word surname that is also
     * a head ("Justice Ana Court") stays a name.
     */
    private boolean namedAfterPerson(Sentence s, int start, int end) {
        for (int k = start + 2; k < end; k++) {
            if (gazetteer.isOrganizationHead(s.token(k).text(), false)
                    || gazetteer.isOrganizationHead(s.token(k).text(), true) && k + 1 < s.size() && s.token(k + 1).lower().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every word of the run after a title is an organization head ("the Justice
     * Ministry", "the Justice Department", "the General Directorate of ...", "the Representative
     * Office"): the title word opens a body's name, which the organization sources read; no
     * person is named. A surname that is also a head stands after a given name ("Justice Ana Court").
     */
    private boolean headsOnly(Sentence s, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = s.token(k).text();
            if (!gazetteer.isOrganizationHead(w, false) && !gazetteer.isOrganizationHead(w, true)) {
                return false;
            }
        }
        return true;
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
            boolean cap = t.isCapitalized() && !t.isPunct() && (!functionCaps.contains(t.text()) || e > start && middleInitial(s, e));
            // "bin Salman", and "al-Sisi" written with a hyphen the tokenizer split off
            boolean particle = e > start && nameParticles.contains(t.lower()) && e + 1 < s.size()
                    && (s.token(e + 1).isCapitalized() || gluedHyphen(s, e + 1));
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
