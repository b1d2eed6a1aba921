package dev.eventex.entity;

/**
 * One line of {@code gazetteers/organization-evidence.tsv}: a phrase that, next to a
 * capitalised name, shows the name is an organization ("Sekora Ltd.", "the company Sekora",
 * "Tarvo coach").
 *
 * @param words  the phrase's tokens as written
 * @param side   where the phrase stands relative to the name
 * @param places whether the phrase also turns a place name into an organization
 */
record OrganizationEvidence(String[] words, Side side, Places places) {

    /** Where the phrase stands. */
    enum Side {
        /** Right before the name ("the company Sekora"). */
        BEFORE,
        /** Right after the name ("Sekora shares"). */
        AFTER,
        /** After the name and its possessive clitic ("Sekora's chief executive"). */
        POSSESSIVE,
        /** After the name and part of it: a legal form ("Sekora Ltd."). */
        SUFFIX,
        /** The head noun of a describing phrase after the name ("Sekora, a Tarvo-based company,"; see {@link AppositionEvidence}). */
        APPOSITION
    }

    /** What the phrase does to a name that the gazetteers list as a place. */
    enum Places {
        /** The place stays a place ("London shares" are a market). */
        NO,
        /** A city becomes a club ("Tarvo coach"); a country stays a (national team's) country. */
        YES,
        /** Only a city, and only in a sentence with a sports score or a line of results; other names are left alone. */
        SCORE
    }

    static OrganizationEvidence parse(String[] cols, String where) {
        String[] words = cols[0].strip().split("\\s+");
        Side side = switch (cols[1]) {
            case "before" -> Side.BEFORE;
            case "after" -> Side.AFTER;
            case "possessive" -> Side.POSSESSIVE;
            case "suffix" -> Side.SUFFIX;
            case "apposition" -> Side.APPOSITION;
            default -> throw new GazetteerException(where + ": side must be 'before', 'after', 'possessive', 'suffix' or 'apposition', got '"
                    + cols[1] + "'");
        };
        Places places = switch (cols[2]) {
            case "no" -> Places.NO;
            case "yes" -> Places.YES;
            case "score" -> Places.SCORE;
            default -> throw new GazetteerException(where + ": places must be 'no', 'yes' or 'score', got '" + cols[2] + "'");
        };
        return new OrganizationEvidence(words, side, places);
    }
}
