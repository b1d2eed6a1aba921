package dev.eventex.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Text analysis with Apache OpenNLP and the English UD-EWT models that Maven Central ships
 * ({@code opennlp-models-*-en} 1.3.0). Thread-safe: models are shared, OpenNLP's
 * {@code ThreadSafe*ME} wrappers keep one tagger per thread.
 *
 * <p>Paragraphs (blank-line separated blocks) are split before sentence detection, so a
 * sentence never crosses a paragraph; over-long sentences are cut into chunks of
 * {@value #MAX_SENTENCE_TOKENS} tokens to keep tagging linear on text without sentence ends.
 */
public final class OpenNlpTextAnalyzer implements TextAnalyzer {

    /** Longest token sequence tagged as one sentence. */
    public static final int MAX_SENTENCE_TOKENS = 120;
    /** Longest block handed to the sentence detector in one call. */
    private static final int MAX_BLOCK_CHARS = 20_000;

    static final String SENT_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*|\\r\\n[ \\t]*\\r\\n\\s*");

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;

    private OpenNlpTextAnalyzer(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l) {
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(s);
        this.tokenizer = new ThreadSafeTokenizerME(t);
        this.tagger = new ThreadSafePOSTaggerME(p);
        this.lemmatizer = new ThreadSafeLemmatizerME(l);
    }

    /** Loads the four English models from the classpath (the Maven Central model jars). */
    public static OpenNlpTextAnalyzer loadDefault() {
        try {
            return new OpenNlpTextAnalyzer(new SentenceModel(open(SENT_MODEL)), new TokenizerModel(open(TOKEN_MODEL)),
                    new POSModel(open(POS_MODEL)), new LemmatizerModel(open(LEMMA_MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = OpenNlpTextAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " not on the classpath (is org.apache.opennlp:opennlp-models-*-en:1.3.0 a dependency?)");
        }
        return in;
    }

    @Override
    public AnalyzedText analyze(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int blockStart = 0;
        while (m.find()) {
            analyzeBlock(text, blockStart, m.start(), sentences);
            blockStart = m.end();
        }
        analyzeBlock(text, blockStart, text.length(), sentences);
        return new AnalyzedText(text, sentences);
    }

    private void analyzeBlock(String text, int from, int to, List<Sentence> out) {
        int pos = from;
        while (pos < to) {
            int end = Math.min(to, pos + MAX_BLOCK_CHARS);
            if (end < to) {
                // cut at the last whitespace so a chunk boundary never splits a token
                int cut = end;
                while (cut > pos + MAX_BLOCK_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
                    cut--;
                }
                if (cut > pos + MAX_BLOCK_CHARS / 2) {
                    end = cut;
                }
            }
            String block = text.substring(pos, end);
            if (!block.isBlank()) {
                for (Span s : sentenceDetector.sentPosDetect(block)) {
                    analyzeSentence(text, pos + s.getStart(), pos + s.getEnd(), out);
                }
            }
            pos = end;
        }
    }

    private void analyzeSentence(String text, int from, int to, List<Sentence> out) {
        String sentence = text.substring(from, to);
        Span[] spans = tokenizer.tokenizePos(sentence);
        List<int[]> offsets = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            splitToken(sentence, s.getStart(), s.getEnd(), offsets);
        }
        for (int chunk = 0; chunk < offsets.size(); chunk += MAX_SENTENCE_TOKENS) {
            List<int[]> part = offsets.subList(chunk, Math.min(offsets.size(), chunk + MAX_SENTENCE_TOKENS));
            String[] words = new String[part.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.substring(part.get(i)[0], part.get(i)[1]);
            }
            String[] tags = tagger.tag(words);
            String[] lemmas = lemmatizer.lemmatize(words, tags);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                String lemma = lemmas[i];
                if (lemma == null || lemma.equals("O") || lemma.isEmpty()) {
                    lemma = words[i].toLowerCase(java.util.Locale.ROOT);
                }
                tokens.add(new Token(i, words[i], from + part.get(i)[0], from + part.get(i)[1],
                        TagFixes.fixTag(words[i], tags[i]), lemma));
            }
            out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
        }
    }

    /**
     * The UD-EWT tokenizer leaves possessives and some trailing punctuation attached
     * ("community's", "Nurtleu,"); news NER needs them apart.
     */
    static void splitToken(String s, int start, int end, List<int[]> out) {
        int len = end - start;
        if (len > 2) {
            char last = s.charAt(end - 1);
            char prev = s.charAt(end - 2);
            if ((last == 's' || last == 'S') && (prev == '\'' || prev == '\u2019') && Character.isLetter(s.charAt(end - 3))) {
                splitToken(s, start, end - 2, out);
                out.add(new int[] {end - 2, end});
                return;
            }
            if ((last == ',' || last == ';' || last == ':' || last == ')' || last == '"' || last == '\u201D')
                    && Character.isLetterOrDigit(prev)) {
                splitToken(s, start, end - 1, out);
                out.add(new int[] {end - 1, end});
                return;
            }
        }
        if (len > 1) {
            char first = s.charAt(start);
            if ((first == '"' || first == '\u201C' || first == '(') && Character.isLetterOrDigit(s.charAt(start + 1))) {
                out.add(new int[] {start, start + 1});
                splitToken(s, start + 1, end, out);
                return;
            }
        }
        out.add(new int[] {start, end});
    }
}
