package org.twofold.speech;

/**
 * How much of a familiar voice is kept for one person: at most this many recordings, and at most this many
 * bytes of them together. A recording that replaces one for the same words counts in place of the old one.
 */
public record RecordingQuota(int recordings, long bytes) {
    /** The limits a server keeps to: 200 recordings or 50 MB a person, whichever comes first. */
    public static final RecordingQuota PER_PERSON = new RecordingQuota(200, 50L * 1024 * 1024);

    /** Whether a person who has these recordings, without the one being replaced, has room for one more of this size. */
    boolean allows(int kept, long keptBytes, long size) {
        return kept + 1 <= recordings && keptBytes + size <= bytes;
    }

    /** The limits in words, for a refusal. */
    String inWords() {
        return "at most " + recordings + " recordings or " + megabytes() + " a person";
    }

    private String megabytes() {
        long mb = bytes / (1024 * 1024);
        return mb >= 1 ? mb + " MB" : bytes + " bytes";
    }
}
