package org.twofold.board;

/**
 * One card of a board: its words and picture, and where it leads when the person chooses to work
 * on it: a closer look on a sub-board, the dialogue about it, or both (the sub-board first).
 * Its picture is a symbol from the library, or a stored picture (an imported board's image, or a
 * person's own photo) when {@code picture} holds that picture's id.
 */
public record Card(String id, String label, String symbol, String say, String dialogue, String board, String picture) {
    /** What is spoken for the card: its say text, or its label. */
    public String spoken() {
        return say == null || say.isBlank() ? label : say;
    }
}
