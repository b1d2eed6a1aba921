package dev.eventex.cli;

import dev.eventex.internal.ModelSource;
import dev.eventex.train.OrganizationMiner;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train-orgs}: organization names mined from unlabeled text, written as an organization gazetteer. */
@Command(name = "train-orgs", mixinStandardHelpOptions = true,
        description = {"Mine organization names from unlabeled text (one paragraph per line; .gz is decompressed) with the",
                "patterns of dev/eventex/train/org-mining-patterns.txt, and write them in the format of",
                "models/gazetteers/organizations.tsv (names and kinds only, never sentences)."})
final class TrainOrgsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the names.")
    Path output;

    @Option(names = "--models", paramLabel = "DIR", description = "Models directory whose gazetteers are known already (default: the packaged ones).")
    Path models;

    @Option(names = "--source", paramLabel = "TEXT", description = "Where the text is from, and its licence (written into the header).")
    String source;

    @Option(names = "--min-count", defaultValue = "3", description = "Pattern matches a name needs (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--min-patterns", defaultValue = "2", description = "Different patterns that must match it (default: ${DEFAULT-VALUE}).")
    int minPatterns;

    @Option(names = "--max-other", defaultValue = "0.5",
            description = "Person and place contexts allowed, as a share of the matches (default: ${DEFAULT-VALUE}).")
    double maxOther;

    @Option(names = "--ambiguous-lower", defaultValue = "0.05",
            description = "A single word written in lower case more often than this share of its capitalised uses needs a cue (default: ${DEFAULT-VALUE}).")
    double ambiguousLower;

    @Option(names = "--max-lower", defaultValue = "1.0",
            description = "A single word written in lower case more often than this share is dropped (default: ${DEFAULT-VALUE}).")
    double maxLower;

    @Option(names = "--min-alone", defaultValue = "0.3",
            description = "A single word must stand alone (not inside a longer capitalised name) at least this share of its capitalised uses (default: ${DEFAULT-VALUE}).")
    double minAlone;

    @Option(names = "--min-mid", defaultValue = "0.25",
            description = "A name must be written in mid-sentence at least this share of its uses (default: ${DEFAULT-VALUE}).")
    double minMid;

    @Option(names = "--keep-ambiguous", description = "Keep names that are also common words or places, marked to need a cue (default: drop them).")
    boolean keepAmbiguous;

    @Option(names = "--max-entries", defaultValue = "3000", description = "At most this many names (default: ${DEFAULT-VALUE}).")
    int maxEntries;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        OrganizationMiner miner = OrganizationMiner.load(models == null ? ModelSource.classpath() : ModelSource.directory(models));
        for (Path in : inputs) {
            miner.addFile(in);
        }
        OrganizationMiner.Thresholds th = new OrganizationMiner.Thresholds(minCount, minPatterns, maxOther, ambiguousLower,
                maxLower, minAlone, minMid, keepAmbiguous, maxEntries);
        List<OrganizationMiner.Mined> names = miner.result(th);
        List<String> header = new ArrayList<>();
        header.add("Eventex gazetteer: organization names mined from unlabeled text. GENERATED, do not edit by hand; to change it,");
        header.add("change the patterns or thresholds and run the command again (models/README.md).");
        List<String> files = new ArrayList<>();
        for (Path p : inputs) {
            files.add(p.getFileName().toString());
        }
        header.add(String.format(Locale.ROOT, "Command: eventex train-orgs %s --min-count %d --min-patterns %d --max-other %s"
                        + " --ambiguous-lower %s --max-lower %s --min-alone %s --min-mid %s%s --max-entries %d -o %s",
                String.join(" ", files), minCount, minPatterns, maxOther, ambiguousLower, maxLower, minAlone, minMid,
                keepAmbiguous ? " --keep-ambiguous" : "", maxEntries,
                output.getFileName()));
        if (source != null) {
            header.add("Source: " + source);
        }
        header.add("Only names and kinds are kept, never sentences. Columns as in organizations.tsv: name, aliases, kind;");
        header.add("a kind followed by '|ambiguous' marks a name that is also a common word or place: taken only with a cue.");
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            OrganizationMiner.write(names, header, w);
        }
        long ambiguous = names.stream().filter(OrganizationMiner.Mined::ambiguous).count();
        System.err.printf("%,d names (%,d ambiguous) in %.1f s, wrote %s%n", names.size(), ambiguous,
                (System.nanoTime() - t0) / 1e9, output);
        return 0;
    }
}
