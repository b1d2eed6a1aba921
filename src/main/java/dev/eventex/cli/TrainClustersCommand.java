package dev.eventex.cli;

import dev.eventex.train.WordClusterer;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train-clusters}: word classes from unlabeled text, for the name finder's cluster features. */
@Command(name = "train-clusters", mixinStandardHelpOptions = true,
        description = {"Cluster the words of unlabeled text (one paragraph per line; .gz is decompressed) into flat classes",
                "with the predictive exchange algorithm, case kept. Writes 'word class' lines (OpenNLP WordClusterDictionary),",
                "most frequent word first."})
final class TrainClustersCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text files.")
    List<Path> inputs;

    @Option(names = "--classes", required = true, paramLabel = "N", description = "Number of classes.")
    int classes;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the clusters.")
    Path output;

    @Option(names = "--min-count", defaultValue = "3", description = "Rarer words get no class (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--max-words", defaultValue = "50000", description = "At most this many (most frequent) words get a class (default: ${DEFAULT-VALUE}).")
    int maxWords;

    @Option(names = "--iterations", defaultValue = "15", description = "Exchange passes over the vocabulary (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        WordClusterer clusterer = new WordClusterer().progress(m -> System.err.printf("%s (%.1f s)%n", m, (System.nanoTime() - t0) / 1e9));
        for (Path in : inputs) {
            clusterer.addFile(in);
        }
        System.err.printf("read %,d tokens in %.1f s%n", clusterer.tokenCount(), (System.nanoTime() - t0) / 1e9);
        Map<String, Integer> clusters = clusterer.cluster(classes, minCount, maxWords, iterations);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            WordClusterer.write(clusters, w);
        }
        System.err.printf("%,d words in %d classes, %.1f s, wrote %s%n", clusters.size(), classes,
                (System.nanoTime() - t0) / 1e9, output);
        return 0;
    }
}
