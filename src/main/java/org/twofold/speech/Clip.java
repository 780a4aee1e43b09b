package org.twofold.speech;

/** One piece of synthetic speech: the words as the voice will say them, at a rate. Its id names its audio. */
public record Clip(String id, String voice, Rate rate, String spoken) {}
