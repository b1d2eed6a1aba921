package dev.eventex.entity;

import dev.eventex.text.Sentence;
import dev.eventex.text.TokenSpan;

/** Conversions between char ranges and token spans. */
final class TokenSpans {

    private TokenSpans() {
    }

    /** The smallest token span covering chars {@code [start, end)}, or null if no token is inside. */
    static TokenSpan covering(Sentence s, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < s.size(); i++) {
            var t = s.token(i);
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new TokenSpan(first, last + 1);
    }

    /** The tokens [from, to) as written: a space wherever the text has one. */
    static String spelled(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder(s.token(from).text());
        for (int i = from + 1; i < to; i++) {
            if (s.token(i).start() > s.token(i - 1).end()) {
                b.append(' ');
            }
            b.append(s.token(i).text());
        }
        return b.toString();
    }
}
