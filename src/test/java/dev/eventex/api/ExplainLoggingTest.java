package dev.eventex.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.eventex.event.ExplainTrace;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The DEBUG log of the event stage: short lines, each naming the document, without explain mode. */
class ExplainLoggingTest {

    @Test
    void debugLinesNameTheDocumentAndStayShort() {
        Logger log = (Logger) LoggerFactory.getLogger(ExplainTrace.class);
        Level before = log.getLevel();
        // the MDC is read while the event is appended, as an appender with %X{doc} does; later it is gone
        ListAppender<ILoggingEvent> lines = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent e) {
                e.prepareForDeferredProcessing();
                super.append(e);
            }
        };
        lines.start();
        log.addAppender(lines);
        log.setAdditive(false); // only to the list: the build prints nothing but failures
        log.setLevel(Level.DEBUG);
        ExtractionResult r;
        try {
            r = SharedExtractor.defaults().extract(Document.of("elbonia-note-7", "Minister Tomas Varga of Elbonia arrived in "
                    + "Ruritania on Monday. The visit was praised by newspapers. John Smith met Peter Jones on Tuesday."));
        } finally {
            log.setLevel(before);
            log.setAdditive(true);
            log.detachAppender(lines);
        }
        List<String> messages = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(messages).anyMatch(m -> m.contains("rule visit.travel-verb fired on 'arrived'"))
                .anyMatch(m -> m.contains("MISSING_ROLE"))
                .anyMatch(m -> m.contains("NO_OFFICIAL_PARTY"))
                .allMatch(m -> m.startsWith("elbonia-note-7: "))
                .allMatch(m -> m.length() < 400);
        assertThat(lines.list).allMatch(e -> "elbonia-note-7".equals(e.getMDCPropertyMap().get("doc")));
        assertThat(r.rejected()).as("the log does not turn explain mode on").isNull();
    }
}
