package dev.eventex.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.Document;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.json.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the extractor over a folder of texts with gold files beside them and scores it. */
final class GoldSets {

    private GoldSets() {
    }

    static EventScorer score(Extractor extractor, Path dir) throws IOException {
        ObjectMapper mapper = ResultJson.mapper();
        ResultJson json = new ResultJson();
        EventScorer scorer = new EventScorer();
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path t : texts) {
            String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
            Path gold = t.resolveSibling(name + ".gold.json");
            if (!Files.exists(gold)) {
                throw new IllegalStateException("no gold file for " + t);
            }
            GoldFile g = GoldFile.read(gold);
            ExtractionResult r = extractor.extract(new Document(t.getFileName().toString(),
                    Files.readString(t, StandardCharsets.UTF_8), null, t.toString()));
            scorer.add(new GoldFile(name, g.events(), g.format()), mapper.readTree(json.toLine(r)));
        }
        return scorer;
    }
}
