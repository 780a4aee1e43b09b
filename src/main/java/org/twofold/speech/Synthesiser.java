package org.twofold.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * FreeTTS, turned into WAV bytes in memory. A FreeTTS voice is not thread-safe, so each speaker
 * (a voice and its player) serves one text at a time; a small pool lets texts be spoken side by side.
 * Voices load on first use, so starting the server never waits for them.
 */
public final class Synthesiser implements AutoCloseable {
    public static final String KEVIN = "kevin16";
    private static final String VOICE_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

    private record Speaker(Voice voice, MemoryAudioPlayer player) {}

    /** FreeTTS could not speak: the voice is missing or broke on a text. */
    public static final class Failed extends RuntimeException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String voiceName;
    private final int poolSize;
    private final BlockingQueue<Speaker> idle = new LinkedBlockingQueue<>();
    private final List<Speaker> all = new ArrayList<>();

    public Synthesiser(String voiceName, int poolSize) {
        this.voiceName = voiceName;
        this.poolSize = poolSize;
    }

    public String voice() {
        return voiceName;
    }

    /** The text spoken at this rate, as a 16-bit mono WAV. */
    public byte[] wav(String text, Rate rate) {
        Speaker s = take();
        boolean healthy = false;
        try {
            s.player().take();
            s.voice().setRate(rate.wordsPerMinute());
            if (!s.voice().speak(text)) {
                throw new Failed("FreeTTS did not finish speaking", null);
            }
            byte[] wav = Wav.encode(s.player().getAudioFormat(), s.player().take());
            healthy = true;
            return wav;
        } catch (RuntimeException e) {
            throw e instanceof Failed f ? f : new Failed("FreeTTS failed: " + e, e);
        } finally {
            if (healthy) {
                idle.add(s);
            } else {
                discard(s);
            }
        }
    }

    private Speaker take() {
        Speaker s = idle.poll();
        if (s != null) {
            return s;
        }
        synchronized (all) {
            if (all.size() < poolSize) {
                Speaker made = load();
                all.add(made);
                return made;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("Interrupted waiting for a voice", e);
        }
    }

    private Speaker load() {
        // FreeTTS finds voices only through this property; it names the directory inside the FreeTTS jar.
        System.setProperty("freetts.voices", VOICE_DIRECTORY);
        Voice voice = VoiceManager.getInstance().getVoice(voiceName);
        if (voice == null) {
            throw new Failed("There is no FreeTTS voice '" + voiceName + "'", null);
        }
        MemoryAudioPlayer player = new MemoryAudioPlayer();
        voice.setAudioPlayer(player);
        voice.allocate();
        return new Speaker(voice, player);
    }

    /** A speaker that failed may be in any state: it is dropped, and a fresh one loads when needed. */
    private void discard(Speaker s) {
        synchronized (all) {
            all.remove(s);
        }
        deallocate(s);
    }

    private static void deallocate(Speaker s) {
        try {
            s.voice().deallocate();
        } catch (RuntimeException ignored) {
            // Already broken; nothing more to free.
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Synthesiser::deallocate);
            all.clear();
        }
        idle.clear();
    }
}
