package dev.eventex.internal;

import java.util.Collections;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;

/**
 * OpenNLP's tokenizer factory, except that a tokenizer whose model is a {@link TableMaxentModel}
 * gets its contexts from {@link TableTokenContexts} (the same features, looked up by parts).
 * Any other model, or a language for which OpenNLP makes another generator, keeps OpenNLP's.
 * OpenNLP may make this factory again from its class name, so it finds its model through the
 * package it belongs to rather than holding it.
 */
public class TableTokenizerFactory extends TokenizerFactory {

    /** The tokenizer model's entry in its package (OpenNLP's {@code TokenizerModel}). */
    private static final String MODEL_ENTRY = "token.model";

    /** For OpenNLP, which makes factories by class name and then initializes them. */
    public TableTokenizerFactory() {
    }

    /** A factory with the settings of a loaded model's factory. */
    public TableTokenizerFactory(String languageCode, Dictionary abbreviations, boolean alphaNumericOptimization,
                                 Pattern alphaNumericPattern) {
        super(languageCode, abbreviations, alphaNumericOptimization, alphaNumericPattern);
    }

    @Override
    public TokenContextGenerator getContextGenerator() {
        TokenContextGenerator plain = super.getContextGenerator();
        if (plain.getClass() == DefaultTokenContextGenerator.class && artifactProvider != null
                && artifactProvider.getArtifact(MODEL_ENTRY) instanceof TableMaxentModel model) {
            Dictionary abbreviations = getAbbreviationDictionary();
            Set<String> induced = abbreviations == null ? Collections.emptySet() : abbreviations.asStringSet();
            return new TableTokenContexts(induced, model.table());
        }
        return plain;
    }
}
