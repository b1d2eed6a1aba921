package dev.eventex.cli;

import dev.eventex.api.EntityType;
import dev.eventex.entity.EntityMention;
import dev.eventex.entity.DocumentMemory;
import dev.eventex.entity.EntityPipeline;
import dev.eventex.entity.Gazetteer;
import dev.eventex.entity.MentionKind;
import dev.eventex.entity.NameModel;
import dev.eventex.internal.Lexicons;
import dev.eventex.internal.ModelSource;
import dev.eventex.normalize.Currencies;
import dev.eventex.text.AnalyzedText;
import dev.eventex.text.OpenNlpTextAnalyzer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ner --conll IN [-o OUT]}: runs the whole entity stage (name model, gazetteers,
 * patterns, rules) on the given tokens of a CoNLL-2003-style column file and writes every
 * input line with one more column, the predicted IOB2 tag.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag a CoNLL-2003-style column file (token in the first column, blank line between sentences) with the",
                "whole entity stage and write each input line with one more column: the IOB2 tag (B-PER, I-PER, B-ORG,",
                "I-ORG, B-LOC, I-LOC, O; with --values also DATE, MONEY, QUANTITY). Same lines, same tokens, same separator.",
                "-DOCSTART- lines are kept (tag O) and start a new document."})
public final class NerCommand implements Callable<Integer> {

    private static final Pattern CONLLU_COMMENT = Pattern.compile("^# \\S+ = .*");

    @Option(names = "--conll", required = true, paramLabel = "IN", description = "Input column file (UTF-8), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--values", description = "Also tag DATE, MONEY and QUANTITY mentions.")
    boolean values;

    @Option(names = "--token-column", defaultValue = "1", paramLabel = "N",
            description = "1-based column holding the token (default: ${DEFAULT-VALUE}).")
    int tokenColumn;

    @Option(names = "--no-sentence-split", description = "Treat each blank-line separated block as one sentence (default: split"
            + " long blocks with the sentence detector, at token boundaries).")
    boolean noSentenceSplit;

    @Option(names = "--no-model", description = "Run gazetteers, patterns and rules only, without the statistical name finder.")
    boolean noModel;

    @Option(names = "--models", paramLabel = "DIR", description = "A models directory overriding the packaged ones.")
    Path models;

    private final PrintStream out;
    private final PrintStream err;

    public NerCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (tokenColumn < 1) {
            err.println("eventex ner: --token-column must be >= 1");
            return 2;
        }
        List<String> lines;
        try {
            lines = input.equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
                    : Files.readAllLines(Path.of(input), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("eventex ner: cannot read " + input + ": " + e.getMessage());
            return 2;
        }
        ModelSource source = models == null ? ModelSource.classpath() : ModelSource.directory(models);
        Lexicons lexicons = Lexicons.load(source);
        // the same assembly as extract, repairs included, so the scores measure what extraction runs
        EntityPipeline entities = EntityPipeline.create(Gazetteer.load(source), noModel ? null : NameModel.load(source),
                Currencies.load(source), lexicons);
        ConllTagger tagger = new ConllTagger(OpenNlpTextAnalyzer.loadDefault(lexicons), entities, values, !noSentenceSplit, tokenColumn - 1);
        List<String> result = tagger.tag(lines);
        Writer w = output == null ? new OutputStreamWriter(out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try (BufferedWriter bw = new BufferedWriter(w)) {
            for (String l : result) {
                bw.write(l);
                bw.write('\n');
            }
        } finally {
            if (output == null) {
                out.flush();
            }
        }
        return 0;
    }

    /** The tagging itself, separate from I/O (tests call it directly). */
    static final class ConllTagger {
        private final OpenNlpTextAnalyzer analyzer;
        private final EntityPipeline entities;
        private final boolean values;
        private final boolean splitSentences;
        private final int tokenColumn;

        /** Memory of the current document: from one -DOCSTART- line to the next. */
        private DocumentMemory memory;

        ConllTagger(OpenNlpTextAnalyzer analyzer, EntityPipeline entities, boolean values, boolean splitSentences, int tokenColumn) {
            this.analyzer = analyzer;
            this.entities = entities;
            this.values = values;
            this.splitSentences = splitSentences;
            this.tokenColumn = tokenColumn;
        }

        List<String> tag(List<String> lines) {
            List<String> out = new ArrayList<>(lines.size());
            List<String> block = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            List<Block> document = new ArrayList<>();
            if (memory != null) {
                memory.release();
            }
            memory = entities.newDocument();
            for (String raw : lines) {
                String line = stripEnd(raw);
                if (line.isEmpty() || CONLLU_COMMENT.matcher(line).matches()) {
                    hold(block, tokens, out, document);
                    out.add(line.isEmpty() ? raw : raw);
                    continue;
                }
                String sep = line.indexOf('\t') >= 0 ? "\t" : " ";
                String[] cols = line.split(Pattern.quote(sep), -1);
                String token = cols[Math.min(tokenColumn, cols.length - 1)];
                if (token.equals("-DOCSTART-")) {
                    hold(block, tokens, out, document);
                    tagDocument(document, out);
                    memory.release();
                    memory = entities.newDocument();
                    out.add(line + sep + "O");
                    continue;
                }
                block.add(line);
                tokens.add(token);
            }
            hold(block, tokens, out, document);
            tagDocument(document, out);
            return out;
        }

        /** A block of the current document waiting for the rest of it: its lines sit untagged in the output from {@code at}. */
        private record Block(int at, List<String> lines, List<String> tokens) {
        }

        /** Keeps a block's place in the output until its document is complete (names agree across a document). */
        private static void hold(List<String> block, List<String> tokens, List<String> out, List<Block> document) {
            if (block.isEmpty()) {
                return;
            }
            document.add(new Block(out.size(), List.copyOf(block), List.copyOf(tokens)));
            out.addAll(block);
            block.clear();
            tokens.clear();
        }

        /** Tags the held blocks of one document together and writes their tagged lines in place. */
        private void tagDocument(List<Block> document, List<String> out) {
            if (document.isEmpty()) {
                return;
            }
            List<String[]> tags = tagBlocks(document.stream().map(Block::tokens).toList());
            for (int b = 0; b < document.size(); b++) {
                Block block = document.get(b);
                for (int i = 0; i < block.lines().size(); i++) {
                    String line = block.lines().get(i);
                    String sep = line.indexOf('\t') >= 0 ? "\t" : " ";
                    out.set(block.at() + i, line + sep + tags.get(b)[i]);
                }
            }
            document.clear();
        }

        /** IOB2 tags for the blocks of tokens of one document. */
        private List<String[]> tagBlocks(List<List<String>> blocks) {
            if (memory == null) {
                memory = entities.newDocument();
            }
            List<AnalyzedText> parts = new ArrayList<>(blocks.size());
            for (List<String> tokens : blocks) {
                parts.add(analyzer.analyzeTokens(tokens, glueHints(tokens), splitSentences));
            }
            List<List<EntityMention>> mentions = entities.recognize(parts, memory);
            List<String[]> out = new ArrayList<>(blocks.size());
            for (int p = 0; p < parts.size(); p++) {
                out.add(tags(parts.get(p), blocks.get(p).size(), mentions.get(p)));
            }
            return out;
        }

        private String[] tags(AnalyzedText doc, int size, List<EntityMention> mentions) {
            String[] tags = new String[size];
            Arrays.fill(tags, "O");
            int[] base = new int[doc.sentences().size()];
            for (int k = 1; k < base.length; k++) {
                base[k] = base[k - 1] + doc.sentences().get(k - 1).size();
            }
            // sorted by start, longer first: the first mention of a token wins
            for (EntityMention m : mentions) {
                String label = label(m);
                if (label == null) {
                    continue;
                }
                int from = base[m.sentence()] + m.tokens().start();
                int to = base[m.sentence()] + m.tokens().end();
                boolean free = true;
                for (int i = from; i < to; i++) {
                    free &= tags[i].equals("O");
                }
                if (!free) {
                    continue;
                }
                for (int i = from; i < to; i++) {
                    tags[i] = (i == from ? "B-" : "I-") + label;
                }
            }
            return tags;
        }

        /**
         * Where the synthetic text should have no space before a token: a "-" between two
         * words ("Kassym - Jomart", "Al - Sabah" as hyphen-splitting tokenizers write
         * "Kassym-Jomart"), and letter-by-letter abbreviations ("U . S ." for "U.S.").
         */
        static boolean[] glueHints(List<String> tokens) {
            int n = tokens.size();
            boolean[] glue = new boolean[n];
            for (int i = 1; i + 1 < n; i++) {
                if (tokens.get(i).equals("-") && wordLike(tokens.get(i - 1)) && wordLike(tokens.get(i + 1))) {
                    glue[i] = true;
                    glue[i + 1] = true;
                }
            }
            for (int i = 0; i + 2 < n; i++) {
                if (singleCap(tokens.get(i)) && tokens.get(i + 1).equals(".") && singleCap(tokens.get(i + 2))) {
                    int j = i;
                    while (j + 2 < n && tokens.get(j + 1).equals(".") && singleCap(tokens.get(j + 2))) {
                        glue[j + 1] = true;
                        glue[j + 2] = true;
                        j += 2;
                    }
                    if (j + 1 < n && tokens.get(j + 1).equals(".")) {
                        glue[j + 1] = true;
                        j++;
                    }
                    i = j;
                }
            }
            for (int i = 1; i + 2 < n; i++) {
                // "W . Kamara Lee": an initial before a capitalised word was written "W. Kamara Lee"
                if (singleCap(tokens.get(i)) && tokens.get(i + 1).equals(".") && !glue[i + 1] && wordLike(tokens.get(i + 2))
                        && Character.isUpperCase(tokens.get(i + 2).charAt(0)) && tokens.get(i + 2).length() > 1) {
                    glue[i + 1] = true;
                }
            }
            return glue;
        }

        private static boolean wordLike(String t) {
            return !t.isEmpty() && Character.isLetterOrDigit(t.codePointAt(0)) && Character.isLetterOrDigit(t.codePointBefore(t.length()));
        }

        private static boolean singleCap(String t) {
            return t.length() == 1 && Character.isUpperCase(t.charAt(0));
        }

        private String label(EntityMention m) {
            if (m.kind() == MentionKind.NAME) {
                return switch (m.type()) {
                    case PERSON -> "PER";
                    case ORGANIZATION -> "ORG";
                    case LOCATION -> "LOC";
                    default -> null;
                };
            }
            if (values && m.kind() == MentionKind.VALUE && !m.type().isNamed()) {
                return m.type() == EntityType.DATE ? "DATE" : m.type().name();
            }
            return null;
        }
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\t' || s.charAt(e - 1) == '\r')) {
            e--;
        }
        return s.substring(0, e);
    }
}
