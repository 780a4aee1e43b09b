package org.twofold.speech;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;

/** A PCM WAV file: written from FreeTTS's samples, and read back to check what was made. */
public record Wav(int sampleRate, int channels, int bitsPerSample, int dataBytes) {
    private static final int HEADER = 44;

    public double seconds() {
        return dataBytes / (double) (sampleRate * channels * (bitsPerSample / 8));
    }

    /** Wraps 16-bit signed PCM samples in a WAV header; WAV is little-endian, FreeTTS writes big-endian. */
    public static byte[] encode(AudioFormat format, byte[] pcm) {
        if (format.getSampleSizeInBits() != 16 || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new IllegalArgumentException("Only 16-bit signed PCM is written as WAV, not " + format);
        }
        int sampleRate = Math.round(format.getSampleRate());
        int channels = format.getChannels();
        int length = pcm.length - pcm.length % 2;
        ByteBuffer out = ByteBuffer.allocate(HEADER + length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + length).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels)
            .putInt(sampleRate).putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        out.put(ascii("data")).putInt(length);
        for (int i = 0; i < length; i += 2) {
            byte first = pcm[i];
            byte second = pcm[i + 1];
            if (format.isBigEndian()) {
                out.put(second).put(first);
            } else {
                out.put(first).put(second);
            }
        }
        return out.array();
    }

    /** Reads the header of a canonical PCM WAV; anything else is refused. */
    public static Wav read(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < HEADER || !tag(wav, 0, "RIFF") || !tag(wav, 8, "WAVE") || !tag(wav, 12, "fmt ") || !tag(wav, 36, "data")) {
            throw new IllegalArgumentException("Not a canonical WAV file");
        }
        if (in.getShort(20) != 1) {
            throw new IllegalArgumentException("Not PCM");
        }
        int dataBytes = in.getInt(40);
        if (dataBytes != wav.length - HEADER || in.getInt(4) != wav.length - 8) {
            throw new IllegalArgumentException("WAV sizes do not match the file");
        }
        return new Wav(in.getInt(24), in.getShort(22), in.getShort(34), dataBytes);
    }

    private static boolean tag(byte[] bytes, int at, String tag) {
        return new String(bytes, at, 4, StandardCharsets.US_ASCII).equals(tag);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
