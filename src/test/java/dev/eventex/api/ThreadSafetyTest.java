package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventex.json.ResultJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared extractor used from many threads gives exactly the sequential results. */
class ThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int REPETITIONS = 8;

    @Test
    void sharedExtractorGivesTheSequentialResultsUnderConcurrency() throws Exception {
        Extractor extractor = SharedExtractor.defaults();
        ResultJson json = new ResultJson();

        Map<String, Document> docs = new LinkedHashMap<>();
        for (Path p : InvariantHarness.sampleTexts()) {
            docs.put(p.getFileName().toString(), new Document(p.getFileName().toString(), InvariantHarness.read(p), null, p.toString()));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Document d : docs.values()) {
            expected.put(d.id(), json.toLine(extractor.extract(d)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (int rep = 0; rep < REPETITIONS; rep++) {
                for (Document d : docs.values()) {
                    futures.add(pool.submit(() -> {
                        start.await();
                        return new String[] {d.id(), json.toLine(extractor.extract(d))};
                    }));
                }
            }
            start.countDown(); // release all tasks at once for maximum overlap
            assertThat(futures).hasSize(docs.size() * REPETITIONS);
            for (Future<String[]> f : futures) {
                String[] got = f.get(5, TimeUnit.MINUTES);
                assertThat(got[1]).as("concurrent result for %s", got[0]).isEqualTo(expected.get(got[0]));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
