package dev.eventex.entity;

import dev.eventex.api.EntityType;
import dev.eventex.normalize.Currencies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plain "$5 million" or "5 million dollars" in a report from a country whose own news write its
 * own dollar so (Jamaica, Canada, Australia...) is that dollar, not the US one: the
 * {@code home} column of {@code gazetteers/currencies.tsv} says which countries and forms.
 * A report is from the country most of its places belong to. A one-letter symbol several
 * currencies write ("K": kina, kwacha) is the one of the single such country the report names,
 * and an amount glued to it without digit groups ("K4200") is money only then. Stateless.
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
        if (country == null && mentions.stream().noneMatch(m -> m.type() == EntityType.MONEY && letter(m.attribute(ValueRecognizer.WRITTEN)))) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String written = m.attribute(ValueRecognizer.WRITTEN);
            String local = m.type() == EntityType.MONEY ? currencies.atHome(written, country) : null;
            if (local == null && m.type() == EntityType.MONEY && letter(written)) {
                local = onlyNamed(written, mentions);
            }
            if (local == null && m.attribute(ValueRecognizer.LOCAL_ONLY) != null) {
                continue; // "K4200" with no country that writes its money so: not money
            }
            out.add(local == null ? m : m.withAttributes(Map.of("currency", local)));
        }
        return out;
    }

    private static boolean letter(String written) {
        return written != null && written.length() == 1 && Character.isLetter(written.charAt(0));
    }

    /**
     * The currency a one-letter symbol writes in the news of a country the report names, when
     * exactly one such country is named ("K" is the kina in a report naming Papua New Guinea and
     * no other country that writes "K"); null otherwise.
     */
    private String onlyNamed(String written, List<EntityMention> mentions) {
        Set<String> found = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.LOCATION && m.code() != null && m.code().length() == 2) {
                String c = currencies.atHome(written, m.code());
                if (c != null) {
                    found.add(c);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
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
