package dev.eventex.text;

import dev.eventex.internal.Lexicons;
import dev.eventex.internal.FeatureTable;
import dev.eventex.internal.SharedPrefixBeamSearch;
import dev.eventex.internal.TableMaxentModel;
import dev.eventex.internal.TableTokenizerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Text analysis with Apache OpenNLP and the English UD-EWT models that Maven Central ships
 * ({@code opennlp-models-*-en} 1.3.0). Thread-safe: models are shared, OpenNLP's
 * {@code ThreadSafe*ME} wrappers keep one tagger per thread.
 *
 * <p>Paragraphs (blank-line separated blocks, or single lines in text that has no blank lines
 * and is not hard-wrapped) are split before sentence detection, so a sentence never crosses a
 * paragraph; over-long sentences are cut into chunks of
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

    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n\\s*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*|\\r\\n[ \\t]*\\r\\n\\s*");

    private final ThreadSafeSentenceDetectorME sentenceDetector;
    private final WordSplitMemo tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    /** Words that open a new sentence after initials ("... in the U.S. The talks"), so no merge. */
    private final java.util.Set<String> sentenceOpeners;
    /** Function words a title-case headline writes in lower case ("Elbonia Sends Aid to Flood Victims"). */
    private final java.util.Set<String> headlineLowerWords;
    /** Lower-case words of names ("bin", "dos"), the only proper nouns written in lower case. */
    private final java.util.Set<String> nameParticles;
    /** Lemmas the model gets wrong, by lower-cased word ("resumed" to "resume", not "resum"). */
    private final Map<String, String> lemmaFixes;

    private OpenNlpTextAnalyzer(SentenceModel s, TokenizerModel t, POSModel p, LemmatizerModel l, Lexicons lexicons) {
        this.sentenceOpeners = lexicons.get(Lexicons.SENTENCE_OPENERS);
        this.headlineLowerWords = lexicons.get(Lexicons.HEADLINE_LOWER_WORDS);
        this.nameParticles = lexicons.get(Lexicons.NAME_PARTICLES);
        this.lemmaFixes = lemmaFixes(lexicons.get(Lexicons.LEMMA_FIXES));
        this.sentenceDetector = new ThreadSafeSentenceDetectorME(s);
        this.tokenizer = new WordSplitMemo(new ThreadSafeTokenizerME(t));
        this.tagger = new ThreadSafePOSTaggerME(p);
        this.lemmatizer = new ThreadSafeLemmatizerME(l);
    }

    /**
     * The entries of {@code lexicons/lemma-fixes.txt}, {@code WORD => LEMMA}, as a map.
     *
     * @throws IllegalArgumentException for an entry not of that form
     */
    static Map<String, String> lemmaFixes(java.util.Set<String> entries) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String e : entries) {
            int arrow = e.indexOf("=>");
            String word = arrow < 0 ? "" : e.substring(0, arrow).trim();
            String lemma = arrow < 0 ? "" : e.substring(arrow + 2).trim();
            if (word.isEmpty() || lemma.isEmpty()) {
                throw new IllegalArgumentException("lemma-fixes: '" + e + "' is not WORD => LEMMA");
            }
            out.put(word, lemma);
        }
        return Map.copyOf(out);
    }

    /** Loads the four English models from the classpath (the Maven Central model jars). */
    public static OpenNlpTextAnalyzer loadDefault(Lexicons lexicons) {
        try {
            return new OpenNlpTextAnalyzer(new SentenceModel(open(SENT_MODEL)), withFeatureTable(new TokenizerModel(open(TOKEN_MODEL))),
                    withSharedPrefixSearch(new POSModel(open(POS_MODEL))), new SharedSearchLemmatizerModel(open(LEMMA_MODEL)), lexicons);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP English models", e);
        }
    }

    /**
     * The tokenizer model as packaged, its maxent model evaluated through a feature table
     * ({@link TableMaxentModel}: the same probabilities without a {@code HashMap} look-up per
     * feature), its contexts looked up by parts ({@link TableTokenizerFactory}); the package is kept
     * when its model is of another kind.
     */
    static TokenizerModel withFeatureTable(TokenizerModel loaded) {
        MaxentModel fast = TableMaxentModel.of(loaded.getMaxentModel());
        if (fast == loaded.getMaxentModel()) {
            return loaded;
        }
        TokenizerFactory f = loaded.getFactory();
        TokenizerFactory factory = f.getClass() == TokenizerFactory.class
                ? new TableTokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), f.isUseAlphaNumericOptimization(),
                        f.getAlphaNumericPattern())
                : f;
        return new TokenizerModel(fast, Map.of(), factory);
    }

    /**
     * The POS model as packaged, its search replaced by {@link SharedPrefixBeamSearch}: the same
     * tags as OpenNLP's search with about a third of the model evaluations (the tagger's feature
     * cache gives every beam candidate at a token the same context), and its token windows
     * memoized ({@link MemoizingPosTaggerFactory}). The package is kept when it is no plain maxent model.
     */
    static POSModel withSharedPrefixSearch(POSModel loaded) {
        FeatureTable table = SharedPrefixBeamSearch.tableOf(loaded.getArtifact("pos.model"));
        SequenceClassificationModel search = SharedPrefixBeamSearch.replacing(loaded.getPosSequenceModel(),
                loaded.getArtifact("pos.model"), loaded.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER), POSTaggerME.DEFAULT_BEAM_SIZE,
                table);
        if (!(search instanceof SharedPrefixBeamSearch)) {
            return loaded;
        }
        java.util.Map<String, String> manifest = new java.util.HashMap<>();
        String beam = loaded.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        if (beam != null) {
            manifest.put(BeamSearch.BEAM_SIZE_PARAMETER, beam);
        }
        POSTaggerFactory factory = memoizing(loaded, table);
        return new POSModel(loaded.getLanguage(), search, manifest, factory == null ? loaded.getFactory() : factory);
    }

    /**
     * A {@link MemoizingPosTaggerFactory} with the loaded factory's feature generators, resources
     * and tag dictionary, or null when the loaded factory is of another kind or its resources
     * cannot be read (OpenNLP keeps them behind a protected method).
     */
    private static POSTaggerFactory memoizing(POSModel loaded, FeatureTable table) {
        POSTaggerFactory factory = loaded.getFactory();
        if (factory == null || factory.getClass() != POSTaggerFactory.class
                || !(loaded.getArtifact("generator.featuregen") instanceof byte[] featureGenerator)) {
            return null;
        }
        try {
            java.lang.reflect.Method resources = POSTaggerFactory.class.getDeclaredMethod("getResources");
            resources.setAccessible(true);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> map = (java.util.Map<String, Object>) resources.invoke(factory);
            return new MemoizingPosTaggerFactory(featureGenerator, map == null ? java.util.Map.of() : map, factory.getTagDictionary(),
                    table);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
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
        return analyze(text, () -> false);
    }

    @Override
    public AnalyzedText analyze(String text, java.util.function.BooleanSupplier cancelled) {
        List<Sentence> sentences = new ArrayList<>();
        boolean lines = linesAreParagraphs(text);
        Matcher m = (lines ? LINE_BREAK : PARAGRAPH_BREAK).matcher(text);
        int blockStart = 0;
        while (m.find()) {
            checkCancelled(cancelled, sentences);
            analyzeParagraph(text, blockStart, m.start(), lines, sentences, cancelled);
            blockStart = m.end();
        }
        analyzeParagraph(text, blockStart, text.length(), lines, sentences, cancelled);
        return new AnalyzedText(text, sentences);
    }

    /**
     * A paragraph whose single line breaks are wraps still ends a line that is a title-case
     * headline: news set a headline or a repeated caption title on its own line without a full
     * stop ("Elbonia Donates 60 Tablets To Two Schools"), and the caption after it is no part of it.
     */
    private void analyzeParagraph(String text, int start, int end, boolean lines, List<Sentence> out,
            java.util.function.BooleanSupplier cancelled) {
        int from = start;
        if (!lines) {
            int line = start;
            for (int nl = text.indexOf('\n', start); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
                if (headline(text.substring(line, nl)) && !text.substring(nl + 1, end).isBlank()) {
                    analyzeBlock(text, from, nl, out, cancelled);
                    from = nl + 1;
                }
                line = nl + 1;
            }
        }
        analyzeBlock(text, from, end, out, cancelled);
    }

    /**
     * A line written as a title-case headline: no closing mark, at least three capitalised words,
     * and every word of letters capitalised but for the function words headlines keep in lower case.
     */
    boolean headline(String line) {
        String l = line.strip();
        if (l.isEmpty() || ".,;:-!?\"'”’)".indexOf(l.charAt(l.length() - 1)) >= 0) {
            return false;
        }
        int capitalised = 0;
        for (String w : l.split("[\\s\u00A0]+")) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!headlineLowerWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 3;
    }

    /**
     * True when every line of the text is a paragraph: no blank line separates paragraphs, and
     * the text is not hard-wrapped. A single line break is then a boundary, so a headline
     * without a full stop ("Elbonia Donates Tablets To Schools") never runs into the line after
     * it; where blank lines separate paragraphs, a single break inside one is a wrap.
     */
    static boolean linesAreParagraphs(String text) {
        return text.indexOf('\n') >= 0 && !PARAGRAPH_BREAK.matcher(text).find() && !hardWrapped(text);
    }

    /**
     * True when single line breaks fall inside sentences: several lines end mid-sentence (a comma
     * or hyphen before the break, or a lower-case word with the next line going on in lower case),
     * or a short text breaks so at half its lines or more. A line ending in a lower-case word
     * before a capitalised line is no sign: headings and captions end so ("Early life",
     * "Portrait of the minister") and the line after them starts a sentence.
     */
    static boolean hardWrapped(String text) {
        int midSentence = 0;
        int breaks = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int end = i;
            while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int next = i + 1;
            while (next < text.length() && text.charAt(next) != '\n' && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (end > lineStart && next < text.length() && text.charAt(next) != '\n') {
                breaks++;
                char last = text.charAt(end - 1);
                if (last == ',' || last == '-' || Character.isLowerCase(last) && Character.isLowerCase(text.charAt(next))) {
                    midSentence++;
                }
            }
            lineStart = i + 1;
        }
        return midSentence >= WRAPPED_LINES || midSentence > 0 && 2 * midSentence >= breaks;
    }

    /** Lines ending mid-sentence from which a text counts as hard-wrapped: a headline or two do not. */
    private static final int WRAPPED_LINES = 3;

    private static void checkCancelled(java.util.function.BooleanSupplier cancelled, List<Sentence> done) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("text analysis stopped after " + done.size() + " sentences");
        }
    }

    private void analyzeBlock(String text, int from, int to, List<Sentence> out, java.util.function.BooleanSupplier cancelled) {
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
                Span[] spans = sentenceDetector.sentPosDetect(block);
                int sStart = -1;
                for (int i = 0; i < spans.length; i++) {
                    if (sStart < 0) {
                        sStart = spans[i].getStart();
                    }
                    if (i + 1 < spans.length && endsWithAbbreviation(block, spans[i].getEnd(), spans[i + 1].getStart())) {
                        continue; // "Mr. | Farrukh Sharipov", "H.E. | James Wani": one sentence
                    }
                    checkCancelled(cancelled, out);
                    analyzeSentence(text, pos + sStart, pos + spans[i].getEnd(), out);
                    sStart = -1;
                }
            }
            pos = end;
        }
    }

    private static final Pattern TITLE_ABBREVIATION = Pattern.compile(
            "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Prof|Hon|Rt|H\\.E|St|Gen|Lt|Col|Capt|Maj|Sgt|Sen|Rep|Gov|Amb|Rev|Jr|Sr|Messrs|Mt|Ft|Pres|Supt|Insp|[A-Z])\\.$");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern INITIALISM = Pattern.compile("(?:^|[\\s(])(?:[A-Z]\\.){2,3}$");
    private static final Pattern MONTH_ABBREVIATION = Pattern.compile("(?:^|\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Art|Fig|vs)\\.$");

    /**
     * The sentence model splits after abbreviations news writes before names ("Mr.", "H.E.",
     * "Hon.", initials as in "B. Battsetseg") and before numbers ("Oct. 3", "No. 5"), and
     * sometimes inside a phrase after a number; a split before a lower-case word is undone.
     */
    boolean endsWithAbbreviation(String block, int end, int nextStart) {
        String head = block.substring(Math.max(0, end - 12), end);
        if (nextStart >= block.length()) {
            return false;
        }
        char next = block.charAt(nextStart);
        if (Character.isLowerCase(next) && !block.substring(nextStart, Math.min(block.length(), nextStart + 4)).startsWith("www")) {
            return true; // "worth $1.8 | million to ...": the model cut inside a phrase; sentences start in capitals
        }
        if (TITLE_ABBREVIATION.matcher(head).find()) {
            return Character.isUpperCase(next) || Character.isDigit(next);
        }
        if (INITIALISM.matcher(head).find() && Character.isUpperCase(next)) {
            // "the U.S. | Secretary of State", "U.N. | Secretary-General": a country's initials before a title
            java.util.regex.Matcher w = LETTERS.matcher(block);
            return w.find(nextStart) && w.start() == nextStart && !sentenceOpeners.contains(w.group());
        }
        return MONTH_ABBREVIATION.matcher(head).find() && Character.isDigit(next);
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
            boolean[] glued = new boolean[words.length];
            for (int i = 1; i < words.length; i++) {
                glued[i] = part.get(i)[0] == part.get(i - 1)[1];
            }
            String[] tags = HyphenatedNames.tag(words, glued, tagger::tag);
            TagFixes.lowerCaseNamesInS(words, tags, nameParticles);
            String[] lemmas = lemmas(words, tags);
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
     * Analyses pre-tokenized text (for example one CoNLL block): the tokens are kept exactly as
     * given, joined with single spaces into a synthetic text that the offsets refer to (each
     * sentence's tokens are the next tokens of the list, in order), and
     * POS-tagged and lemmatized. With {@code detectSentences} the block is split into
     * sentences by the sentence detector at token boundaries, but not after an abbreviation before
     * a name or number ("Ana K. | Velor", "Mr. | Velor"), as {@link #analyze} reads running text; otherwise it stays one sentence
     * (cut into chunks of {@value #MAX_SENTENCE_TOKENS} tokens).
     */
    public AnalyzedText analyzeTokens(List<String> words, boolean detectSentences) {
        return analyzeTokens(words, null, detectSentences);
    }

    /**
     * As {@link #analyzeTokens(List, boolean)}, but token {@code i} follows token {@code i-1}
     * without a space where {@code noSpaceBefore[i]} is true (a detokenization hint, e.g. for
     * the hyphen of "Kassym - Jomart" in CoNLL files that split hyphenated words).
     */
    public AnalyzedText analyzeTokens(List<String> words, boolean[] noSpaceBefore, boolean detectSentences) {
        StringBuilder sb = new StringBuilder();
        int[][] offsets = new int[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && (noSpaceBefore == null || !noSpaceBefore[i])) {
                sb.append(' ');
            }
            offsets[i] = new int[] {sb.length(), sb.length() + words.get(i).length()};
            sb.append(words.get(i));
        }
        String text = sb.toString();
        List<Sentence> out = new ArrayList<>();
        if (words.isEmpty()) {
            return new AnalyzedText(text, out);
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        if (detectSentences && words.size() > 1) {
            Span[] sents = sentenceDetector.sentPosDetect(text);
            int tok = 0;
            for (int k = 0; k + 1 < sents.length; k++) {
                if (endsWithAbbreviation(text, sents[k].getEnd(), sents[k + 1].getStart())) {
                    continue; // "Ana K. | Velor", "Mr. | Velor": one sentence, as analyze() reads running text
                }
                int end = sents[k].getEnd();
                while (tok < words.size() && offsets[tok][0] < end) {
                    tok++;
                }
                if (tok > cuts.get(cuts.size() - 1) && tok < words.size()) {
                    cuts.add(tok);
                }
            }
        }
        cuts.add(words.size());
        for (int c = 0; c + 1 < cuts.size(); c++) {
            for (int from = cuts.get(c); from < cuts.get(c + 1); from += MAX_SENTENCE_TOKENS) {
                int to = Math.min(cuts.get(c + 1), from + MAX_SENTENCE_TOKENS);
                String[] w = words.subList(from, to).toArray(String[]::new);
                boolean[] glued = noSpaceBefore == null ? null : java.util.Arrays.copyOfRange(noSpaceBefore, from, to);
                if (glued != null) {
                    glued[0] = false;
                }
                String[] tags = HyphenatedNames.tag(w, glued, tagger::tag);
                TagFixes.lowerCaseNamesInS(w, tags, nameParticles);
                String[] lemmas = lemmas(w, tags);
                List<Token> tokens = new ArrayList<>(w.length);
                for (int i = 0; i < w.length; i++) {
                    String lemma = lemmas[i];
                    if (lemma == null || lemma.equals("O") || lemma.isEmpty()) {
                        lemma = w[i].toLowerCase(java.util.Locale.ROOT);
                    }
                    tokens.add(new Token(i, w[i], offsets[from + i][0], offsets[from + i][1], TagFixes.fixTag(w[i], tags[i]), lemma));
                }
                out.add(new Sentence(out.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
            }
        }
        return new AnalyzedText(text, out);
    }

    /** Most distinct (word, tag) pairs a long run keeps lemmas for; beyond it lemmas are computed each time. */
    private static final int LEMMA_CACHE_LIMIT = 200_000;
    private static final java.util.Set<String> LEMMATIZED_TAGS = java.util.Set.of("VERB", "AUX", "NOUN");
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmaCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Lemmas, the expensive step of analysis (OpenNLP's lemmatizer runs a beam search over
     * thousands of outcomes per token): only verbs and nouns go through the model, one
     * distinct (word, tag) pair once, kept in a bounded cache shared by all threads; other
     * words are their own lower-cased lemma.
     */
    String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(java.util.Locale.ROOT);
            if (!LEMMATIZED_TAGS.contains(tags[i])) {
                out[i] = lower;
                continue;
            }
            String key = tags[i] + '\u0000' + lower;
            String cached = lemmaCache.get(key);
            if (cached == null) {
                String[] one = lemmatizer.lemmatize(new String[] {lower}, new String[] {tags[i]});
                cached = lemmaFixes.getOrDefault(lower,
                        one.length == 1 && one[0] != null && !one[0].equals("O") && !one[0].isEmpty() ? one[0] : lower);
                if (lemmaCache.size() < LEMMA_CACHE_LIMIT) {
                    lemmaCache.put(key, cached);
                }
            }
            out[i] = cached;
        }
        return out;
    }

    /** POS tags only (for benchmarks: the cost of tagging the same tokens). */
    public String[] posTags(String[] words) {
        return tagger.tag(words);
    }

    /**
     * The UD-EWT tokenizer leaves possessives and some trailing punctuation attached
     * ("community's", "Nurtleu,"); news NER needs them apart.
     */
    static void splitToken(String s, int start, int end, List<int[]> out) {
        int len = end - start;
        int dash = s.indexOf('\u2014', start);
        if (len > 1 && dash >= start && dash < end) {
            // "2019\u2014with", "visit\u2014six months later\u2014to China": an em dash always stands apart
            if (dash > start) {
                splitToken(s, start, dash, out);
            }
            out.add(new int[] {dash, dash + 1});
            if (dash + 1 < end) {
                splitToken(s, dash + 1, end, out);
            }
            return;
        }
        if (len > 2) {
            char last = s.charAt(end - 1);
            char prev = s.charAt(end - 2);
            if ((last == 's' || last == 'S') && (prev == '\'' || prev == '\u2019') && Character.isLetter(s.charAt(end - 3))) {
                splitToken(s, start, end - 2, out);
                out.add(new int[] {end - 2, end});
                return;
            }
            if ((last == '\'' || last == '\u2019') && (prev == 's' || prev == 'S') && Character.isLetter(s.charAt(end - 3))) {
                // a plural possessive ("the States’ envoys", "Ministers' meeting"): the apostrophe is no part of the name
                splitToken(s, start, end - 1, out);
                out.add(new int[] {end - 1, end});
                return;
            }
            if ((last == ',' || last == ';' || last == ':' || last == ')' || last == '"' || last == '\u201D')
                    && Character.isLetterOrDigit(prev)) {
                splitToken(s, start, end - 1, out);
                out.add(new int[] {end - 1, end});
                return;
            }
        }
        if (len > 4 && s.charAt(start) == '-' && (demonymLike(s, start + 1, end) || demonymChain(s, start + 1, end))) {
            // "Serbian | -Croatian", "Kenyan | -Ugandan-Tanzanian": the tokenizer's other way of keeping part of
            // the chain together
            out.add(new int[] {start, start + 1});
            splitToken(s, start + 1, end, out);
            return;
        }
        if (demonymChain(s, start, end)) {
            // "Romanian-Turkish", "Jordanian-Iraqi-Egyptian": the tokenizer splits some such chains and not
            // others; always apart
            int from = start;
            for (int hyphen = s.indexOf('-', start); hyphen >= 0 && hyphen < end; hyphen = s.indexOf('-', from)) {
                out.add(new int[] {from, hyphen});
                out.add(new int[] {hyphen, hyphen + 1});
                from = hyphen + 1;
            }
            out.add(new int[] {from, end});
            return;
        }
        if (len > 2 && s.charAt(end - 1) == '-' && Character.isUpperCase(s.charAt(start)) && letters(s, start + 1, end - 1)) {
            // "Peru- | Norway", "Costa Rica | -Norway": the tokenizer glues the hyphen of a chain of names
            // to either side; apart, the names are found as in "Chilean - Peruvian"
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
            return;
        }
        if (len > 2 && s.charAt(start) == '-' && Character.isUpperCase(s.charAt(start + 1)) && letters(s, start + 2, end)) {
            out.add(new int[] {start, start + 1});
            out.add(new int[] {start + 1, end});
            return;
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

    /** True if every character of {@code [from, to)} is a letter (an empty range too). */
    private static boolean letters(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Two or more demonym-like words joined by single hyphens. */
    private static boolean demonymChain(String s, int start, int end) {
        int from = start;
        int parts = 0;
        for (int hyphen = s.indexOf('-', start); hyphen >= 0 && hyphen < end; hyphen = s.indexOf('-', from)) {
            if (!demonymLike(s, from, hyphen)) {
                return false;
            }
            parts++;
            from = hyphen + 1;
        }
        return parts > 0 && from < end && demonymLike(s, from, end);
    }

    private static final Pattern DEMONYM_LIKE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:an|ese|ish|i|ch|ek|ss)");

    /** A capitalised word with a demonym's ending: "Romanian", "Turkish", "Chinese", "Iraqi", "Greek". */
    private static boolean demonymLike(String s, int from, int to) {
        return DEMONYM_LIKE.matcher(s.substring(from, to)).matches();
    }
}
