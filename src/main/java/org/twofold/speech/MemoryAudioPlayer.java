package org.twofold.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** Where FreeTTS "plays" to: the samples are kept in memory, since the server has no speaker. */
final class MemoryAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream samples = new ByteArrayOutputStream();
    private AudioFormat format;

    /** Takes what was spoken since the last call, and starts afresh. */
    byte[] take() {
        byte[] out = samples.toByteArray();
        samples.reset();
        return out;
    }

    @Override
    public void setAudioFormat(AudioFormat format) {
        this.format = format;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        samples.write(audio, offset, length);
        return true;
    }

    @Override
    public void cancel() {
        samples.reset();
    }

    // Playback controls mean nothing in memory: FreeTTS calls them, and they succeed at once.
    @Override
    public void begin(int size) { }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void pause() { }

    @Override
    public void resume() { }

    @Override
    public void reset() { }

    @Override
    public void close() { }

    @Override
    public float getVolume() {
        return 1f;
    }

    @Override
    public void setVolume(float volume) { }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() { }

    @Override
    public void startFirstSampleTimer() { }

    @Override
    public void showMetrics() { }
}
