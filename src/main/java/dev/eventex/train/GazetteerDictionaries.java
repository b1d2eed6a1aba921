package dev.eventex.train;

import dev.eventex.internal.ModelSource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * The gazetteers of {@code models/gazetteers/} as OpenNLP dictionaries, the resources of the
 * name finder's gazetteer features: {@value #LOC} (countries, cities and regions with their aliases),
 * {@value #ORG} (international organizations and government bodies), {@value #TITLE} (person
 * titles, case-insensitive) and {@value #DEMONYM}.
 */
public final class GazetteerDictionaries {

    public static final String LOC = "eventex-loc.dictionary";
    public static final String ORG = "eventex-org.dictionary";
    public static final String TITLE = "eventex-title.dictionary";
    public static final String DEMONYM = "eventex-demonym.dictionary";

    private GazetteerDictionaries() {
    }

    /** Resource name to dictionary, for {@code TokenNameFinderFactory.create}. */
    public static Map<String, Object> load(ModelSource source) throws IOException {
        Dictionary loc = new Dictionary(true);
        Dictionary org = new Dictionary(true);
        Dictionary title = new Dictionary(false);
        Dictionary demonym = new Dictionary(true);
        for (String[] c : TrainInputs.rows(source, "gazetteers/countries.tsv")) {
            add(loc, c, 1, 2, 3);
            add(demonym, c, 4);
        }
        for (String[] c : TrainInputs.rows(source, "gazetteers/cities.tsv")) {
            add(loc, c, 0, 2);
        }
        for (String[] c : TrainInputs.rows(source, "gazetteers/regions.tsv")) {
            add(loc, c, 0, 1);
        }
        for (String[] c : TrainInputs.rows(source, "gazetteers/organizations.tsv")) {
            add(org, c, 0, 1);
        }
        for (String[] c : TrainInputs.rows(source, "gazetteers/government-bodies.tsv")) {
            add(org, c, 0, 2);
        }
        for (String[] c : TrainInputs.rows(source, "gazetteers/titles.txt")) {
            add(title, c, 0);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(LOC, loc);
        m.put(ORG, org);
        m.put(TITLE, title);
        m.put(DEMONYM, demonym);
        return m;
    }

    private static void add(Dictionary d, String[] cols, int... which) {
        for (int w : which) {
            if (w >= cols.length || cols[w].isBlank()) {
                continue;
            }
            for (String phrase : cols[w].split("\\|")) {
                String[] toks = phrase.strip().split("\\s+");
                if (toks.length > 0 && !toks[0].isEmpty()) {
                    d.put(new StringList(toks));
                }
            }
        }
    }
}
