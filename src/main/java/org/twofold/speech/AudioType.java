package org.twofold.speech;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The kinds of audio a browser records or a supporter uploads, each known by its declared type and its first bytes. */
enum AudioType {
    WEBM("audio/webm", b -> startsWith(b, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})),
    OGG("audio/ogg", b -> startsWith(b, 0, ascii("OggS"))),
    WAV("audio/wav", b -> startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WAVE"))),
    MP4("audio/mp4", b -> startsWith(b, 4, ascii("ftyp")));

    private final String mediaType;
    private final Predicate<byte[]> looksRight;

    AudioType(String mediaType, Predicate<byte[]> looksRight) {
        this.mediaType = mediaType;
        this.looksRight = looksRight;
    }

    String mediaType() {
        return mediaType;
    }

    boolean matches(byte[] audio) {
        return looksRight.test(audio);
    }

    static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(AudioType::mediaType).toList());
    }

    /** The type a Content-Type header declares, ignoring parameters such as codecs; audio/x-wav counts as WAV. */
    static Optional<AudioType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        String normal = bare.equals("audio/x-wav") || bare.equals("audio/wave") ? "audio/wav" : bare;
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(normal)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] magic) {
        if (bytes.length < at + magic.length) {
            return false;
        }
        return Arrays.equals(bytes, at, at + magic.length, magic, 0, magic.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
