package org.twofold.board;

/**
 * A person's own photo (their dog, their church, their sister) as a card on one board, for them alone:
 * its words, where it leads when chosen, and the facts of the picture (the bytes are kept apart).
 * Its id starts with {@link #PREFIX}, so it never clashes with a board's own card.
 */
public record PhotoCard(String id, String personId, String boardId, String label, String say, String dialogue,
                        String contentType, int width, int height, String createdBy, String createdAt) {
    public static final String PREFIX = "photo-";
    /** The library symbol shown where a photo cannot be (a list of cards in words). */
    public static final String SYMBOL = "photos";

    /** The card as the board shows it to this person: its picture is this photo. */
    public Card card() {
        return new Card(id, label, SYMBOL, say, dialogue, null, id);
    }

    public static boolean isPhoto(String cardId) {
        return cardId != null && cardId.startsWith(PREFIX);
    }

    /** Where the tablet of this conversation sees the photo. */
    public static String tabletUrl(String conversationId, String cardId) {
        return "/person/conversations/" + conversationId + "/photos/" + cardId;
    }
}
