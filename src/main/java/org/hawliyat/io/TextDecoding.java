package org.hawliyat.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of an imported file into text, telling the encoding: a byte-order mark first
 * (UTF-8, UTF-16 big or little endian), then strict UTF-8, then ICU4J's {@link CharsetDetector}
 * among the encodings a Hawliyat file may come in (Arabic and Western Windows and ISO code pages),
 * else Windows-1256, what Arabic Windows editors save as "ANSI". An encoding given by the user
 * ({@code import --encoding}) is used as it is, strictly.
 */
public final class TextDecoding {

    /** The text (without a byte-order mark) and how it was read. */
    public record Decoded(String text, Charset charset, How how) {
        /** Whether the bytes were UTF-8 as they stand (a file Hawliyat itself could have written). */
        public boolean isUtf8() {
            return charset.equals(StandardCharsets.UTF_8);
        }

        /** For the user: "read as windows-1256 (detected: the file is not UTF-8)", or null when it was plain UTF-8. */
        public String note(String fileName) {
            return switch (how) {
                case GIVEN -> fileName + " was read as " + charset.name() + ", as given.";
                case DETECTED -> fileName + " is not UTF-8: it was read as " + charset.name()
                        + " (detected; give --encoding to choose another).";
                case FALLBACK -> fileName + " is not UTF-8: it was read as " + charset.name()
                        + ", the Arabic Windows encoding (give --encoding to choose another).";
                case BYTE_ORDER_MARK -> charset.equals(StandardCharsets.UTF_8) ? null
                        : fileName + " was read as " + charset.name() + " (it starts with a byte-order mark).";
                case UTF8 -> null;
            };
        }
    }

    /** How the encoding was found. */
    public enum How { GIVEN, BYTE_ORDER_MARK, UTF8, DETECTED, FALLBACK }

    /** Windows-1256: what Arabic Windows editors save when they are not asked for UTF-8. */
    public static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** What the detector may answer: the encodings a file for Hawliyat is likely to be in. */
    private static final Set<String> LIKELY = Set.of("windows-1256", "iso-8859-6", "windows-1252", "iso-8859-1");
    /** Below this (ICU's 0–100) a Western answer is not trusted over the Arabic fallback. */
    private static final int WESTERN_CONFIDENCE = 40;

    private TextDecoding() {
    }

    /**
     * @param given the encoding the user chose, or null to tell it from the bytes
     * @throws DataFileException when the bytes are not text in the given encoding
     */
    public static Decoded decode(byte[] bytes, Charset given, String fileName) throws DataFileException {
        if (given != null) {
            int skip = bomLength(bytes, given);
            return new Decoded(strict(bytes, skip, given, fileName), given, How.GIVEN);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, fileName), StandardCharsets.UTF_8, How.BYTE_ORDER_MARK);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), StandardCharsets.UTF_16BE, How.BYTE_ORDER_MARK);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), StandardCharsets.UTF_16LE, How.BYTE_ORDER_MARK);
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(),
                    StandardCharsets.UTF_8, How.UTF8);
        } catch (CharacterCodingException notUtf8) {
            Charset detected = detect(bytes);
            Charset charset = detected == null ? WINDOWS_1256 : detected;
            return new Decoded(new String(bytes, charset), charset, detected == null ? How.FALLBACK : How.DETECTED);
        }
    }

    /** The detector's answer among the likely encodings, or null when it has none worth taking. */
    private static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
            String name = match.getName().toLowerCase(Locale.ROOT);
            if (!LIKELY.contains(name) || !Charset.isSupported(name)) {
                continue;
            }
            boolean arabic = name.equals("windows-1256") || name.equals("iso-8859-6");
            if (arabic) {
                return Charset.forName(name);
            }
            if (match.getConfidence() >= WESTERN_CONFIDENCE && !hasArabicLetters(new String(bytes, WINDOWS_1256))) {
                return Charset.forName(name);
            }
            return null;
        }
        return null;
    }

    /** Whether a Windows-1256 reading has Arabic words: letters of the Arabic block side by side. */
    private static boolean hasArabicLetters(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '\u0621' && c <= '\u064A' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    private static int bomLength(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))
                || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String fileName) throws DataFileException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = decoder(charset).decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // UTF-16 given with its mark
        } catch (CharacterCodingException e) {
            throw new DataFileException(fileName + " is not valid " + charset.name() + " text: the bytes at offset "
                    + buffer.position() + " cannot be read in it (give --encoding with the file's encoding, such as windows-1256).",
                    List.of(), e);
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
