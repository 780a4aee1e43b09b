package org.twofold.speech;

/**
 * One piece of synthetic speech: the words as the voice will say them, at a rate. Its id names its audio.
 * scope is null for the fixed words of the dialogues, the same for everyone and public; for any other words
 * (a person's answers, own words, read-backs, names) it names who may hear them: "conversation:" or "service:" and an id.
 */
public record Clip(String id, String voice, Rate rate, String spoken, String scope) {
    public boolean isPublic() {
        return scope == null;
    }
}
