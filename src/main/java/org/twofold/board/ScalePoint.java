package org.twofold.board;

/** One of the three places on a scale, left to right. */
public record ScalePoint(String id, String label, String symbol, String say) {
    public String spoken() {
        return say == null || say.isBlank() ? label : say;
    }
}
