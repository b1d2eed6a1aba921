package dev.eventex.cli;

import dev.eventex.train.NerCorpusReader;
import dev.eventex.train.NerEvaluation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval-ner}: exact-span P/R/F1 per type of a name-finder model on annotated corpora. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Score a name-finder model on annotated corpora (exact span, per type and micro-averaged).",
                "FILE takes the same [FORMAT:]FILE form as train-ner. Directories are read recursively (their .conll, .conllu and .iob2 files)."})
final class EvalNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold corpora.")
    List<String> inputs;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Model to evaluate (.bin).")
    Path model;

    @Override
    public Integer call() throws Exception {
        TokenNameFinderModel m;
        try (InputStream in = Files.newInputStream(model)) {
            m = new TokenNameFinderModel(in);
        }
        NameFinderME finder = new NameFinderME(m);
        NerCorpusReader reader = new NerCorpusReader(TitleWords.load());
        NerEvaluation eval = new NerEvaluation();
        for (String in : inputs) {
            TrainNerCommand.CorpusArg c = TrainNerCommand.CorpusArg.parse(in);
            List<Path> files = NerCorpusReader.corpusFiles(c.path());
            for (Path f : files) {
                for (NameSample sample : reader.read(f, c.format())) {
                    eval.add(sample.getNames(), finder.find(sample.getSentence()));
                }
                finder.clearAdaptiveData();
            }
        }
        System.out.print(eval.report());
        return 0;
    }
}
