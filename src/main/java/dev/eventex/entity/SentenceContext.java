package dev.eventex.entity;

import dev.eventex.text.AnalyzedText;
import dev.eventex.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every mention source of one sentence reads: the (possibly re-cased) sentence, its
 * gazetteer names and titles (looked up once), the document memory, and the descriptions
 * found on the way. One per sentence; not thread-safe.
 */
final class SentenceContext {

    final AnalyzedText doc;
    final Sentence sentence;
    final DocumentMemory memory;
    final Gazetteer gazetteer;
    /** Gazetteer name matches of the sentence. */
    final List<Gazetteer.Match> names;
    /** Gazetteer title matches of the sentence. */
    final List<Gazetteer.Match> titles;
    /** True at the tokens inside a title match. */
    final boolean[] titleToken;
    /** The gazetteer name match starting at a token (the last one listed when several do). */
    final Map<Integer, Gazetteer.Match> nameAt;
    /** Descriptions (titles without a name, demonym phrases, pronouns, groups): the second layer. */
    final List<EntityMention> descriptors = new ArrayList<>();

    SentenceContext(AnalyzedText doc, Sentence sentence, DocumentMemory memory, Gazetteer gazetteer) {
        this.doc = doc;
        this.sentence = sentence;
        this.memory = memory;
        this.gazetteer = gazetteer;
        this.names = gazetteer.findNames(sentence);
        this.titles = gazetteer.findTitles(sentence);
        this.titleToken = new boolean[sentence.size()];
        for (Gazetteer.Match t : titles) {
            for (int i = t.start(); i < t.end(); i++) {
                titleToken[i] = true;
            }
        }
        this.nameAt = new HashMap<>();
        for (Gazetteer.Match m : names) {
            nameAt.put(m.start(), m);
        }
    }

    boolean anyTitle(int from, int to) {
        for (int i = from; i < to; i++) {
            if (titleToken[i]) {
                return true;
            }
        }
        return false;
    }

    /** A mention of this sentence's tokens {@code [start, end)}. */
    EntityMention mention(int start, int end, dev.eventex.api.EntityType type, MentionKind kind, String key, String code,
                          String source, Map<String, String> attrs) {
        return EntityRecognizer.mention(doc, sentence, start, end, type, kind, key, code, source, attrs);
    }
}
