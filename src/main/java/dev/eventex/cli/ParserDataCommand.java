package dev.eventex.cli;

import dev.eventex.text.MaltDependencyParser;
import dev.eventex.train.ParserTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parser-data}: converts Universal Dependencies treebanks into the dependency model's
 * training input, and scores a model on held-out treebanks.
 */
@Command(name = "parser-data", mixinStandardHelpOptions = true,
        description = {"Convert Universal Dependencies treebanks (CoNLL-U, .conllu or .conllu.gz) into MaltParser training",
                "input (--write), and report a model's attachment scores with gold tokens and tags (--model with --eval).",
                "Training itself runs MaltParser's jar on the written file; models/README.md gives the command."})
final class ParserDataCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "CONLLU", description = "Training treebanks.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--write", paramLabel = "FILE", description = "Where to write the training input (CoNLL-X).")
    Path write;

    @Option(names = "--model", paramLabel = "MCO", description = "The model to score (default: the packaged one).")
    Path model;

    @Option(names = "--eval", paramLabel = "CONLLU", description = "Treebanks to score the model on (UAS/LAS).")
    List<Path> eval = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!inputs.isEmpty() == (write == null)) {
            System.err.println("parser-data: give CONLLU files together with --write FILE");
            return 2;
        }
        if (write != null) {
            List<ParserTrainer.TreebankSentence> all = new ArrayList<>();
            for (Path p : inputs) {
                List<ParserTrainer.TreebankSentence> read = ParserTrainer.read(p);
                System.err.printf("read %,d sentences from %s%n", read.size(), p);
                all.addAll(read);
            }
            ParserTrainer.writeMaltInput(all, write);
            System.err.printf("wrote %,d sentences to %s%n", all.size(), write);
        }
        if (!eval.isEmpty()) {
            MaltDependencyParser parser = MaltDependencyParser.load(model != null ? model.toUri().toURL()
                    : dev.eventex.internal.ModelSource.classpath().urlOrNull(MaltDependencyParser.MODEL));
            for (Path p : eval) {
                ParserTrainer.Scores s = ParserTrainer.evaluate(parser, ParserTrainer.read(p));
                System.out.printf("%s: %,d tokens, UAS %.3f, LAS %.3f%n", p, s.tokens(), s.uas(), s.las());
            }
        }
        return 0;
    }
}
