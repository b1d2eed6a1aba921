package dev.eventex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventex.api.ExtractionResult;
import dev.eventex.api.Extractor;
import dev.eventex.eval.EventScorer;
import dev.eventex.json.ResultJson;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: runs the extractor and scores its events against gold files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run the extractor on texts and score the events against gold files (NAME.gold.json beside or in --gold DIR).",
                "Scores: per type P/R/F1 on required roles (one-to-one), accuracy per optional role."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Text files or directories of *.txt.")
    List<String> paths;

    @Option(names = "--gold", paramLabel = "DIR", description = "Directory of gold files (default: beside each text).")
    Path gold;

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
        List<InputItem> items;
        try {
            items = new InputLister("*.txt").list(paths);
        } catch (InputLister.UsageException e) {
            err.println("eventex eval: " + e.getMessage());
            return 2;
        }
        Extractor.Builder b = Extractor.builder();
        if (models != null) {
            b.modelsDirectory(models);
        }
        Extractor extractor = b.build();
        ObjectMapper mapper = ResultJson.mapper();
        ResultJson json = new ResultJson();
        EventScorer scorer = new EventScorer();
        int scored = 0;
        for (InputItem item : items) {
            if (item.path() == null) {
                continue;
            }
            Path g = goldFor(item.path());
            if (!Files.exists(g)) {
                err.println("eventex eval: no gold file for " + item.source() + " (looked for " + g + ")");
                continue;
            }
            JsonNode goldDoc = mapper.readTree(g.toFile());
            List<JsonNode> goldEvents = new ArrayList<>();
            goldDoc.path("events").forEach(goldEvents::add);
            ExtractionResult r = ExtractCommand.process(extractor, item, null);
            JsonNode predDoc = mapper.readTree(json.toLine(r));
            List<JsonNode> pred = new ArrayList<>();
            predDoc.path("events").forEach(pred::add);
            scorer.add(item.id(), goldEvents, pred);
            scored++;
        }
        if (scored == 0) {
            err.println("eventex eval: no documents with gold files");
            return 1;
        }
        out.print(scorer.report());
        if (detail) {
            out.println();
            scorer.details().forEach(out::println);
        }
        return 0;
    }

    private Path goldFor(Path text) {
        String name = text.getFileName().toString().replaceFirst("\\.txt$", "") + ".gold.json";
        return gold == null ? text.resolveSibling(name) : gold.resolve(name);
    }
}
