package dev.eventex.cli;

import dev.eventex.internal.ModelSource;
import dev.eventex.train.CaseAugmenter;
import dev.eventex.train.NamedSpanCleaner;
import dev.eventex.train.NerCorpusFormat;
import dev.eventex.train.NerCorpusReader;
import dev.eventex.train.NerTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train-ner}: trains a PERSON/ORGANIZATION/LOCATION name-finder model. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train an OpenNLP name-finder model (person, organization, location) from annotated corpora.",
                "Each FILE may be prefixed with its format, FORMAT:FILE, where FORMAT is conll, conllu, opennlp, gmb or re3d",
                "(re3d: columns whose mention spans are cleaned to names: pronouns and descriptions dropped, countries made locations);",
                "otherwise the format is guessed from the extension (.conllu, .csv/.csv.zip = gmb, .txt = opennlp, else conll).",
                "A directory stands for its .conll, .conllu and .iob2 files (recursively); .gz files are decompressed.",
                "A leading 'case+' (case+conll:FILE) also trains on that source's sentences lower-cased and, one in",
                "--upper-every, upper-cased, with the same labels (for web text without or with only capitals)."})
final class TrainNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Training corpora.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL", description = "Where to write the model (.bin).")
    Path output;

    @Option(names = "--iterations", defaultValue = "100", description = "Maxent iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--threads", description = "Training threads (default: number of cores).")
    Integer threads;

    @Option(names = "--features", paramLabel = "XML", description = {"Feature-generator XML (default: the packaged ner-features.xml;",
            "ner-features-gazetteer.xml beside it adds gazetteer dictionary features)."})
    Path features;

    @Option(names = "--resources", paramLabel = "DIR", description = {"Folder of the word-cluster files the feature XML names",
            "(WordClasses$FeatureGeneratorFactory dict; e.g. src/train/clusters); they are stored inside the model."})
    Path resources;

    @Option(names = "--upper-every", defaultValue = "10", paramLabel = "N", description = {"For case+ sources: one sentence in N",
            "also gets an upper-cased copy (0: none; default: ${DEFAULT-VALUE})."})
    int upperEvery;

    @Override
    public Integer call() throws Exception {
        Predicate<String> titles = TitleWords.load();
        NerCorpusReader reader = new NerCorpusReader(titles, NamedSpanCleaner.load(ModelSource.classpath(), titles));
        List<NameSample> samples = new ArrayList<>();
        CaseAugmenter augmenter = new CaseAugmenter(upperEvery);
        for (String in : inputs) {
            CorpusArg c = CorpusArg.parse(in);
            List<NameSample> read = new ArrayList<>();
            for (Path f : NerCorpusReader.corpusFiles(c.path())) {
                read.addAll(reader.read(f, c.format()));
            }
            samples.addAll(read);
            System.err.printf("read %,d sentences from %s (%s)%n", read.size(), c.path(), c.format());
            if (c.caseCopies()) {
                List<NameSample> copies = augmenter.copies(read);
                samples.addAll(copies);
                System.err.printf("  + %,d case-augmented copies%n", copies.size());
            }
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long t0 = System.nanoTime();
        NerTrainer.Settings settings = new NerTrainer.Settings(iterations, cutoff, t);
        TokenNameFinderModel model = features == null ? NerTrainer.train(samples, settings)
                : NerTrainer.train(samples, settings, java.nio.file.Files.readAllBytes(features), resources);
        NerTrainer.save(model, output);
        System.err.printf("trained on %,d sentences in %.1f s, wrote %s%n", samples.size(), (System.nanoTime() - t0) / 1e9, output);
        return 0;
    }

    /** {@code [case+][format:]path}. */
    record CorpusArg(Path path, NerCorpusFormat format, boolean caseCopies) {
        CorpusArg(Path path, NerCorpusFormat format) {
            this(path, format, false);
        }

        static CorpusArg parse(String arg) {
            if (arg.startsWith("case+")) {
                CorpusArg c = parse(arg.substring(5));
                return new CorpusArg(c.path(), c.format(), true);
            }
            int colon = arg.indexOf(':');
            if (colon > 0) {
                String f = arg.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
                for (NerCorpusFormat fmt : NerCorpusFormat.values()) {
                    if (fmt.name().equals(f)) {
                        return new CorpusArg(Path.of(arg.substring(colon + 1)), fmt);
                    }
                }
            }
            Path p = Path.of(arg);
            return new CorpusArg(p, NerCorpusFormat.guess(p));
        }
    }
}
