package dev.eventex.cli;

import dev.eventex.internal.ModelSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Single words that are titles or honorifics, from {@code models/gazetteers/titles.txt}. */
final class TitleWords {

    private TitleWords() {
    }

    static Predicate<String> load() throws IOException {
        Set<String> words = new HashSet<>(Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister",
                "prime", "king", "queen", "sheikh", "general", "gen.", "sen.", "rep.", "gov.", "prof.", "sir", "lt.", "col.", "capt."));
        try (InputStream in = ModelSource.classpath().openOrNull("gazetteers/titles.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        for (String w : line.strip().split("\\s+")) {
                            if (Character.isUpperCase(w.charAt(0)) && !w.equals("of") && !w.equals("the")) {
                                words.add(w.toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            }
        }
        return w -> words.contains(w.toLowerCase(Locale.ROOT));
    }
}
