package dev.eventex.text;

import dev.eventex.internal.SharedPrefixBeamSearch;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.SequenceClassificationModel;

/**
 * A lemmatizer model whose search is {@link SharedPrefixBeamSearch}: the same lemmas as OpenNLP's
 * search, bit for bit, made once per model.
 *
 * <p>Why: OpenNLP's own search, used for nothing else here, was one more large method for C2 to
 * compile, and it was compiled again when a one-word sequence met another immutable list class in
 * its {@code Sequence.getOutcomes().toArray}; ours is compiled already for the tagger and the name
 * finder. A subclass, because OpenNLP's constructor that takes a search rejects its own package.
 * A model of another kind keeps OpenNLP's search.
 */
final class SharedSearchLemmatizerModel extends LemmatizerModel {

    private static final long serialVersionUID = 1L;

    private transient SequenceClassificationModel search;

    SharedSearchLemmatizerModel(InputStream in) throws IOException {
        super(in);
    }

    @Override
    public synchronized SequenceClassificationModel getLemmatizerSequenceModel() {
        if (search == null) {
            search = SharedPrefixBeamSearch.replacing(super.getLemmatizerSequenceModel(), getArtifact("lemmatizer.model"),
                    getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER), LemmatizerME.DEFAULT_BEAM_SIZE);
        }
        return search;
    }
}
