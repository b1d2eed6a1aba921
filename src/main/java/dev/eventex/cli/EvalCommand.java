package dev.eventex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.eval.EventScorer;
import dev.eventex.eval.GoldFile;
import dev.eventex.eval.Predictions;
import dev.eventex.json.ResultJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: scores the extractor's events against gold files (either gold format). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score events against gold files: run the extractor on the texts, or read --predictions.",
                "Gold: NAME.gold.json beside each text, or --gold DIR of <id>.json and <id>.gold.json files, in the shared format "
                        + "(lists of alternative strings) or ours (\"A|B\"), told apart per file.",
                "Rules of shared/tools/score_events.py: P/R/F1 per type and micro (one-to-one, greedy by score), "
                        + "accuracy per optional role over matched events."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Text files or directories of *.txt (optional with --predictions and --gold).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "DIR", description = "Directory of gold files (default: NAME.gold.json beside each text).")
    Path gold;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Score this JSON Lines output instead of running the extractor.")
    Path predictions;

    @Option(names = "--ids", paramLabel = "ID,ID", split = ",", description = "Score only these documents.")
    Set<String> ids;

    @Option(names = "--json", description = "Print the scores as JSON (the keys and layout of score_events.py --json).")
    boolean json;

    @Option(names = "--detail", description = "List misses, false events and wrong optional roles.")
    boolean detail;

    @Option(names = "--models", paramLabel = "DIR", description = "A models directory overriding the packaged ones.")
    Path models;

    private final PrintStream out;
    private final PrintStream err;

    EvalCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && (predictions == null || gold == null)) {
            err.println("eventex eval: give texts (PATH), or --predictions FILE with --gold DIR");
            return 2;
        }
        if (gold != null && !Files.isDirectory(gold)) {
            err.println("eventex eval: --gold is not a directory: " + gold);
            return 2;
        }
        if (predictions != null && !Files.isRegularFile(predictions)) {
            err.println("eventex eval: no such predictions file: " + predictions);
            return 2;
        }
        Map<String, GoldFile> all;
        try {
            all = gold == null ? Map.of() : GoldFile.readDirectory(gold);
        } catch (IOException | IllegalArgumentException e) {
            err.println("eventex eval: cannot read gold files: " + e.getMessage());
            return 1;
        }
        Map<String, GoldFile> golds = new LinkedHashMap<>();
        Map<String, InputItem> texts = new HashMap<>();
        if (paths.isEmpty()) {
            golds.putAll(all);
        } else {
            List<InputItem> items;
            try {
                items = new InputLister("*.txt").list(paths);
            } catch (InputLister.UsageException e) {
                err.println("eventex eval: " + e.getMessage());
                return 2;
            }
            for (InputItem item : items) {
                if (item.path() == null) {
                    continue;
                }
                String key = docKey(item.id());
                GoldFile g;
                if (gold != null) {
                    g = all.get(key);
                } else {
                    Path beside = item.path().resolveSibling(key + ".gold.json");
                    try {
                        g = Files.exists(beside) ? GoldFile.read(beside) : null;
                    } catch (IOException | IllegalArgumentException e) {
                        err.println("eventex eval: cannot read " + beside + ": " + e.getMessage());
                        return 1;
                    }
                }
                if (g == null) {
                    err.println("eventex eval: no gold file for " + item.source() + " (looked for "
                            + (gold == null ? key + ".gold.json beside it" : "id " + key + " in " + gold) + ")");
                    continue;
                }
                golds.put(key, new GoldFile(key, g.events(), g.format()));
                texts.put(key, item);
            }
        }
        if (ids != null) {
            golds.keySet().retainAll(new LinkedHashSet<>(ids));
        }
        if (golds.isEmpty()) {
            err.println("eventex eval: no documents with gold files");
            return 1;
        }
        EventScorer scorer = new EventScorer();
        Map<String, JsonNode> preds;
        if (predictions != null) {
            Predictions p = Predictions.read(predictions);
            preds = p.byDocument();
            scorer.badLines(p.badLines());
        } else {
            preds = extract(golds.keySet(), texts);
        }
        try {
            for (Map.Entry<String, GoldFile> e : golds.entrySet()) {
                scorer.add(e.getValue(), preds.get(e.getKey()));
            }
        } catch (IllegalArgumentException e) {
            err.println("eventex eval: " + e.getMessage());
            return 1;
        }
        if (json) {
            out.println(scorer.toJson());
        } else {
            out.print(scorer.report());
        }
        if (detail) {
            out.println();
            scorer.details().forEach(out::println);
        }
        return 0;
    }

    private Map<String, JsonNode> extract(Set<String> keys, Map<String, InputItem> texts) throws IOException {
        Extractor.Builder b = Extractor.builder();
        if (models != null) {
            b.modelsDirectory(models);
        }
        Extractor extractor = b.build();
        ObjectMapper mapper = ResultJson.mapper();
        ResultJson rj = new ResultJson();
        Map<String, JsonNode> out = new HashMap<>();
        for (String key : keys) {
            ExtractionResult r = ExtractCommand.process(extractor, texts.get(key));
            out.put(key, mapper.readTree(rj.toLine(r)));
        }
        return out;
    }

    /** The document key the shared scorer uses: the file name without its extension. */
    private static String docKey(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
