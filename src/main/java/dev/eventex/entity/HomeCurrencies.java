package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.normalize.Currencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain "$5 million" or "5 million dollars" in a report from a country whose own news write its
 * own dollar so (Jamaica, Canada, Australia...) is that dollar, not the US one: the
 * {@code home} column of {@code gazetteers/currencies.tsv} says which countries and forms.
 * A report is from the country most of its places belong to. Stateless.
 */
final class HomeCurrencies {

    /** Place mentions the home country needs at least, and how many times those of any other. */
    private static final int MIN_PLACES = 3;
    private static final int LEAD = 2;

    private final Currencies currencies;

    HomeCurrencies(Currencies currencies) {
        this.currencies = currencies;
    }

    /** The mentions, the amounts written in plain forms given the home country's currency. */
    List<EntityMention> apply(List<EntityMention> mentions) {
        String country = homeCountry(mentions);
        if (country == null) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String local = m.type() == EntityType.MONEY ? currencies.atHome(m.attribute(ValueRecognizer.WRITTEN), country) : null;
            out.add(local == null ? m : m.withAttributes(Map.of("currency", local)));
        }
        return out;
    }

    /**
     * The country most place mentions (countries, their cities and regions, demonyms) belong
     * to, when it has at least {@value #MIN_PLACES} and more than {@value #LEAD} times any
     * other's; else null.
     */
    static String homeCountry(List<EntityMention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.LOCATION && m.code() != null && m.code().length() == 2) {
                counts.merge(m.code(), 1, Integer::sum);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_PLACES && first > LEAD * second ? best : null;
    }
}
