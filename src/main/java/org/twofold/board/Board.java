package org.twofold.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A picture board: a topic, its cards, and the id of the scale the cards are placed on. */
public record Board(String id, Topic topic, String scale, List<Card> cards) {
    public static final int FEWEST_CARDS = 4;
    public static final int MOST_CARDS = 12;

    public Board {
        cards = cards == null ? List.of() : List.copyOf(cards);
    }

    /** This board with more cards after its own: the board as one person sees it, with their photo cards. */
    public Board withCards(List<Card> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Card> all = new ArrayList<>(cards);
        all.addAll(more);
        return new Board(id, topic, scale, all);
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }
}
