package org.twofold.speech;

/** Where a listener can hear a text: what every step of a conversation carries beside its words. */
public interface SpeechLinks {
    /**
     * A URL for the text spoken to this listener (their own recording where they have one), or null
     * when there is nothing to say. Never throws and never waits for synthesis: speech must not block a step.
     */
    String urlFor(String text, Listener listener);
}
