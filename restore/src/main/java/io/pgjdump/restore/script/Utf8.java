package io.pgjdump.restore.script;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of script text, failing with the line and offset of the first bad byte. */
final class Utf8 {

    private Utf8() {
    }

    static String decode(Bytes bytes, int line, long offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes.array(), 0, bytes.length())).toString();
        } catch (CharacterCodingException e) {
            int at = firstInvalid(bytes);
            throw new ScriptException(String.format("invalid UTF-8 (byte 0x%02X); the script must be UTF-8 text",
                    bytes.array()[at] & 0xFF), line + bytes.count('\n', at), offset + at, e);
        }
    }

    /** Where decoding failed (the decoder does not say): the first byte not starting a valid sequence. */
    static int firstInvalid(Bytes bytes) {
        byte[] a = bytes.array();
        int i = 0;
        while (i < bytes.length()) {
            int b = a[i] & 0xFF;
            int n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > bytes.length()) {
                return i;
            }
            for (int k = 1; k < n; k++) {
                if ((a[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n;
        }
        return Math.max(0, bytes.length() - 1);
    }
}
