package org.twofold.board;

import java.util.ArrayList;
import java.util.List;
import org.twofold.web.PlainWords;

/** What is on a finished mat, in words: the picture's title and description, for people who cannot see it. */
final class MatWords {
    private MatWords() {}

    static String title(FinishedMat mat) {
        return "Picture board: " + topic(mat) + (mat.practice() ? " (practice board)" : "");
    }

    /** Each place with its cards, the cards not placed, and the comments: "Going well: Getting up, My health." */
    static String description(FinishedMat mat) {
        List<String> sentences = new ArrayList<>();
        sentences.add((mat.practice() ? "A practice board about " : "A picture board about ") + topic(mat)
            + (mat.date() == null ? "" : ", " + PlainWords.day(mat.date())) + ".");
        for (double place : FinishedMat.PLACES) {
            List<Card> cards = mat.at(place);
            if (!cards.isEmpty()) {
                sentences.add(capitalised(mat.scale().place(place)) + ": " + labels(cards) + ".");
            }
        }
        if (!mat.unplaced().isEmpty()) {
            sentences.add("Not placed: " + labels(mat.unplaced()) + ".");
        }
        for (Card card : mat.board().cards()) {
            for (String comment : mat.commentsOn(card.id())) {
                sentences.add("Comment on " + card.label() + ": " + comment.strip());
            }
        }
        return String.join(" ", sentences);
    }

    private static String topic(FinishedMat mat) {
        Topic topic = mat.board().topic();
        return topic == null || topic.label() == null ? mat.board().id() : topic.label();
    }

    private static String labels(List<Card> cards) {
        return String.join(", ", cards.stream().map(Card::label).toList());
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
