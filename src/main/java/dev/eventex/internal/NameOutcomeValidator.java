package dev.eventex.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * OpenNLP's {@link NameFinderSequenceValidator} with its answers kept. Its answer is a function of
 * the proposed outcome and the last previous outcome (or that there is none) alone, but it runs
 * a regex twice (a matcher and its arrays each time) for every continuing outcome the beam
 * weighs, at every token: a few per cent of the name finder's time and garbage. Here each pair is
 * asked once; the answers are the validator's own.
 *
 * <p>Not thread-safe: one per name finder, as OpenNLP makes one per {@code NameFinderME}.
 */
public final class NameOutcomeValidator implements SequenceValidator<String> {

    /** Bounds the kept answers per previous outcome, and the previous outcomes (a model has a dozen outcomes). */
    private static final int MAX_KEPT = 256;

    private final SequenceValidator<String> inner;
    private final Map<String, Boolean> atStart = new HashMap<>();
    private final Map<String, Map<String, Boolean>> afterLast = new HashMap<>();

    private NameOutcomeValidator(SequenceValidator<String> inner) {
        this.inner = inner;
    }

    /** {@code validator} with kept answers when it is OpenNLP's name validator (that exact class), else itself. */
    public static SequenceValidator<String> keeping(SequenceValidator<String> validator) {
        return validator != null && validator.getClass() == NameFinderSequenceValidator.class
                ? new NameOutcomeValidator(validator) : validator;
    }

    /** {@code codec}, whose validators are {@link #keeping kept}; everything else is the codec's own. */
    public static SequenceCodec<String> keeping(SequenceCodec<String> codec) {
        if (codec == null) {
            return null;
        }
        return new SequenceCodec<>() {
            @Override
            public Span[] decode(List<String> c) {
                return codec.decode(c);
            }

            @Override
            public String[] encode(Span[] names, int length) {
                return codec.encode(names, length);
            }

            @Override
            public SequenceValidator<String> createSequenceValidator() {
                return keeping(codec.createSequenceValidator());
            }

            @Override
            public boolean areOutcomesCompatible(String[] outcomes) {
                return codec.areOutcomesCompatible(outcomes);
            }
        };
    }

    @Override
    public boolean validSequence(int i, String[] inputSequence, String[] outcomesSequence, String outcome) {
        Map<String, Boolean> kept;
        if (outcomesSequence.length == 0) {
            kept = atStart;
        } else {
            String last = outcomesSequence[outcomesSequence.length - 1];
            kept = afterLast.get(last);
            if (kept == null) {
                if (afterLast.size() >= MAX_KEPT) {
                    return inner.validSequence(i, inputSequence, outcomesSequence, outcome);
                }
                kept = new HashMap<>();
                afterLast.put(last, kept);
            }
        }
        Boolean answer = kept.get(outcome);
        if (answer == null) {
            answer = inner.validSequence(i, inputSequence, outcomesSequence, outcome);
            if (kept.size() < MAX_KEPT) {
                kept.put(outcome, answer);
            }
        }
        return answer;
    }
}
