package dev.eventex.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input into text, telling apart what cannot be text: BOMs (UTF-8, UTF-16) are
 * honoured, binary files are refused, invalid UTF-8 is decoded with replacement characters
 * and reported. Shared by the front ends (the CLI and the Spark job) so that both decode a file
 * the same way; it lives here rather than in the CLI package because the library jar carries no
 * CLI code.
 */
public final class InputReader {

    /** Decoded text plus a problem to report (null when clean). */
    public record Decoded(String text, String errorCode, String errorMessage) {
    }

    private InputReader() {
    }

    /** Reads a file of at most {@code maxBytes}; larger files give {@code TOO_LARGE}. */
    public static Decoded read(Path p, long maxBytes) throws IOException {
        long size = Files.size(p);
        if (size > maxBytes) {
            return new Decoded(null, "TOO_LARGE", "the file has " + size + " bytes; the limit is " + maxBytes);
        }
        return decode(Files.readAllBytes(p));
    }

    /** Reads a stream up to {@code maxBytes}; a longer one gives {@code TOO_LARGE}. */
    public static Decoded read(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return new Decoded(null, "TOO_LARGE", "the input is larger than " + maxBytes + " bytes");
        }
        return decode(bytes);
    }

    /** Decodes a whole file's bytes; a null {@code text} means it cannot be read as text. */
    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(b)) {
            return new Decoded(null, "BINARY_INPUT", "the file looks binary (control bytes or NULs), not text");
        }
        return strict(b, 0, StandardCharsets.UTF_8);
    }

    private static Decoded strict(byte[] b, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return new Decoded(cb.toString(), null, null);
        } catch (CharacterCodingException e) {
            String lenient = new String(b, offset, b.length - offset, cs);
            return new Decoded(lenient, "INVALID_ENCODING", "the input is not valid " + cs.name()
                    + "; invalid bytes were replaced with U+FFFD and the rest was processed");
        }
    }

    /** NUL bytes, or many control bytes in the first 8 KB, mean binary. */
    public static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}
