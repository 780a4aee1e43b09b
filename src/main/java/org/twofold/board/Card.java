package org.twofold.board;

/**
 * One card of a board: its words and picture, and where it leads when the person chooses to work
 * on it: a closer look on a sub-board, the dialogue about it, or both (the sub-board first).
 */
public record Card(String id, String label, String symbol, String say, String dialogue, String board) {
    /** What is spoken for the card: its say text, or its label. */
    public String spoken() {
        return say == null || say.isBlank() ? label : say;
    }
}
