package dev.eventex.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as the file system holds them. The JVM decodes file names with the locale's
 * charset, so under {@code LANG=C} every non-ASCII byte becomes U+FFFD and two different
 * files can show the same name. The path's URI still carries the raw bytes; this class reads
 * them back: as UTF-8 where they are valid UTF-8, otherwise with each byte that is not
 * escaped as {@code %XX}, so a document id always names one file and can be typed back.
 */
final class PathNames {

    private PathNames() {
    }

    /** The last element of {@code path} as the file system has it; the whole path if it has none. */
    static String fileName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return path.toString();
        }
        String shown = name.toString();
        if (shown.indexOf('\uFFFD') < 0) {
            return shown;
        }
        String raw = path.toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return fromUriSegment(raw.substring(raw.lastIndexOf('/') + 1));
    }

    /** Decodes one percent-encoded URI path segment to a name (see the class comment). */
    static String fromUriSegment(String segment) {
        // a raw URI segment is ASCII with %XX escapes; Latin-1 maps each decoded byte to one char and back
        byte[] bytes = java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                int v = b & 0xFF;
                if (v < 0x80 && v != '%') {
                    sb.append((char) v);
                } else {
                    sb.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(v & 0xF, 16)));
                }
            }
            return sb.toString();
        }
    }
}
