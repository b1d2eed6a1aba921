package dev.eventex.entity;

import static dev.eventex.entity.EntityRecognizer.mention;

import dev.eventex.api.EntityType;
import dev.eventex.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A three-letter country code in parentheses right after a person's name ("Ana Lune (ESP)",
 * "B. Kort (GER)"), as sports results and rankings write a competitor's country, is that
 * country: a location, not the acronym of an organization the other sources would read in it.
 * The codes are data ({@code gazetteers/country-codes.tsv}: ISO 3166-1 alpha-3 and IOC). Stateless.
 */
final class ResultCountryCodes implements MentionSource {

    private final Gazetteer gazetteer;

    ResultCountryCodes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<EntityMention> refine(SentenceContext c, List<EntityMention> layer) {
        Sentence s = c.sentence;
        List<EntityMention> out = layer;
        for (EntityMention m : layer) {
            int open = m.tokens().end();
            if (m.type() != EntityType.PERSON || m.kind() != MentionKind.NAME || open + 2 >= s.size()
                    || !s.token(open).text().equals("(") || !s.token(open + 2).text().equals(")")) {
                continue;
            }
            String country = gazetteer.countryOfCode3(s.token(open + 1).text());
            if (country == null) {
                continue;
            }
            if (out == layer) {
                out = new ArrayList<>(layer);
            }
            int at = open + 1;
            out.removeIf(o -> o.tokens().start() <= at && at < o.tokens().end());
            out.add(mention(c.doc, s, at, at + 1, EntityType.LOCATION, MentionKind.NAME, gazetteer.countryName(country), country,
                    "gazetteer", Map.of("gaz", "country")));
        }
        if (out != layer) {
            out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        }
        return out;
    }
}
