package dev.eventex.event;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.MentionKind;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.ResolvedEntities;
import dev.eventex.text.Sentence;
import dev.eventex.text.Syntax;
import dev.eventex.text.Token;
import dev.eventex.text.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a parsed sentence with mentions by hand, so finders can be tested without models.
 * Tokens are written {@code word/TAG>head:relation} (or {@code word|lemma/...}) with 1-based
 * heads (0 = root), as in CoNLL; mentions are added by token range.
 */
final class SentenceFixture {

    /** The packaged word lists; immutable, so shared by every fixture. */
    static final Lexicons LEXICONS = Lexicons.load(ModelSource.classpath());

    private final List<Token> tokens = new ArrayList<>();
    private final List<Integer> heads = new ArrayList<>();
    private final List<String> relations = new ArrayList<>();
    private final List<EntityMention> mentions = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** One sentence from space-separated {@code word/TAG>head:relation} items. */
    static SentenceFixture of(String conll) {
        SentenceFixture f = new SentenceFixture();
        for (String item : conll.trim().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            int gt = item.indexOf('>', slash);
            int colon = item.indexOf(':', gt);
            String word = item.substring(0, slash);
            String lemma = word.toLowerCase();
            int bar = word.indexOf('|');
            if (bar > 0) { // "plans|plan": a lemma other than the lower-cased word
                lemma = word.substring(bar + 1);
                word = word.substring(0, bar);
            }
            if (!f.text.isEmpty()) {
                f.text.append(' ');
            }
            int start = f.text.length();
            f.text.append(word);
            f.tokens.add(new Token(f.tokens.size(), word, start, f.text.length(), item.substring(slash + 1, gt), lemma));
            f.heads.add(Integer.parseInt(item.substring(gt + 1, colon)) - 1);
            f.relations.add(item.substring(colon + 1));
        }
        return f;
    }

    /** A name mention over tokens {@code [from, to)} (0-based). */
    SentenceFixture name(int from, int to, EntityType type) {
        return mention(from, to, type, MentionKind.NAME, Map.of());
    }

    /** A name mention with a title attribute ("Speaker of Parliament"). */
    SentenceFixture titledName(int from, int to, String title) {
        return mention(from, to, EntityType.PERSON, MentionKind.NAME, Map.of("title", title));
    }

    private SentenceFixture mention(int from, int to, EntityType type, MentionKind kind, Map<String, String> attrs) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        mentions.add(new EntityMention(0, new TokenSpan(from, to), s, e, text.substring(s, e), type, kind, null, null, "test", attrs));
        return this;
    }

    String text() {
        return text.toString();
    }

    /** The sentence without its tree, parsed on demand by {@code parser} (which may count the calls). */
    SentenceContext lazyContext(java.util.function.Function<Sentence, Syntax> parser) {
        Sentence s = new Sentence(0, 0, text.length(), tokens, null);
        return new SentenceContext(s, mentions, new ResolvedEntities(List.of(), mentions, Map.of()), LEXICONS, parser);
    }

    /** The tree the items give. */
    Syntax syntax() {
        return new Syntax(heads.stream().mapToInt(Integer::intValue).toArray(), relations.toArray(String[]::new));
    }

    SentenceContext context() {
        int[] h = heads.stream().mapToInt(Integer::intValue).toArray();
        Sentence s = new Sentence(0, 0, text.length(), tokens, new Syntax(h, relations.toArray(String[]::new)));
        return new SentenceContext(s, mentions, new ResolvedEntities(List.of(), mentions, Map.of()), LEXICONS);
    }
}
