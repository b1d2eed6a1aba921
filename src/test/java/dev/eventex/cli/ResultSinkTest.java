package dev.eventex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a shutdown finds in the sink: a run in progress or one that already completed. */
class ResultSinkTest {

    @TempDir
    Path dir;

    @Test
    void aStopDuringTheRunKeepsWholeLinesInThePartialFileAndRefusesLaterWrites() throws IOException {
        Path out = dir.resolve("out.jsonl");
        ResultSink sink = ResultSink.file(out, false);
        sink.write("{\"a\":1}");

        assertThat(sink.stop()).isTrue();

        assertThat(sink.isCommitted()).isFalse();
        assertThatThrownBy(() -> sink.write("{\"a\":2}")).isInstanceOf(ResultSink.StoppedException.class);
        assertThat(Files.readString(ResultSink.tempFor(out))).isEqualTo("{\"a\":1}\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aStopAfterTheCommitFindsTheRunCompleteAndNamesTheFinalFile() throws IOException {
        Path out = dir.resolve("done.jsonl");
        ResultSink sink = ResultSink.file(out, false);
        sink.write("{\"a\":1}");
        sink.commit();

        assertThat(sink.stop()).isFalse();

        assertThat(sink.isCommitted()).isTrue();
        assertThat(sink.finalDescription()).isEqualTo(out.toAbsolutePath().toString());
        assertThat(Files.readString(out)).isEqualTo("{\"a\":1}\n");
        assertThat(ResultSink.tempFor(out)).doesNotExist();
    }
}
