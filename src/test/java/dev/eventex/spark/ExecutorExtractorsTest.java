package dev.eventex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.api.Extractor;
import org.junit.jupiter.api.Test;

/** {@link ExecutorExtractors}: one extractor per settings and JVM, also when built ahead of the tasks. */
class ExecutorExtractorsTest {

    /** Settings no other test uses, so nothing else builds their extractor. */
    private static final ExtractorSettings ONLY_HERE = new ExtractorSettings(null, false, 58, null);

    @Test
    void aBuildInTheBackgroundIsTheOneTasksGet() throws InterruptedException {
        assertThat(ExecutorExtractors.peek(ONLY_HERE)).isNull();

        ExecutorExtractors.buildInBackground(ONLY_HERE);

        long deadline = System.nanoTime() + 120_000_000_000L;
        while (ExecutorExtractors.peek(ONLY_HERE) == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Extractor built = ExecutorExtractors.peek(ONLY_HERE);
        assertThat(built).as("built without any task asking").isNotNull();
        assertThat(ExecutorExtractors.get(ONLY_HERE)).isSameAs(built);
    }
}
