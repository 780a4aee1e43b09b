package org.twofold.board;

import java.util.ArrayList;
import java.util.List;

/**
 * The measures of a mat's picture: five columns of equal width (the three points and the two places
 * between them), a picture and its words for each card, and words wrapped to fit their room. Widths
 * of text are guessed from the font size, generously, as no font is at hand on the server.
 */
final class MatLayout {
    static final int MARGIN = 24;
    static final int COLUMN = 200;
    static final int PICTURE = 96;
    static final int TOPIC_PICTURE = 72;
    static final int GAP = 16;
    static final int TITLE_FONT = 30;
    static final int POINT_FONT = 20;
    static final int WORDS_FONT = 18;
    static final int BADGE_WIDTH = 230;

    private MatLayout() {}

    static int width() {
        return 2 * MARGIN + FinishedMat.PLACES.size() * COLUMN;
    }

    /** The middle of the column of a place on the mat: 0, 0.5, 1, 1.5 or 2. */
    static int x(double place) {
        return MARGIN + COLUMN / 2 + (int) Math.round(place * 2 * COLUMN);
    }

    /** The left edge of the column of a place on the mat. */
    static int left(double place) {
        return x(place) - COLUMN / 2;
    }

    /** The height of one line of text at a font size. */
    static int line(int font) {
        return Math.round(font * 1.3f);
    }

    /** How many characters fit across a width at a font size, erring on the narrow side. */
    static int fit(int width, int font) {
        return Math.max(1, (int) (width / (font * 0.62)));
    }

    /** The room a card takes in a column: its picture, its words and a gap below. */
    static int cardHeight(Card card) {
        return PICTURE + 8 + lines(card.label(), fit(COLUMN - GAP, WORDS_FONT)).size() * line(WORDS_FONT) + GAP;
    }

    /**
     * Words broken into lines of at most {@code most} characters, at spaces where it can (a line broken at a
     * space keeps the space at its end, so the lines put together are the words again); a word longer than a
     * line is broken inside.
     */
    static List<String> lines(String text, int most) {
        String words = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        List<String> lines = new ArrayList<>();
        while (words.length() > most) {
            int space = words.lastIndexOf(' ', most);
            int end = space > 0 ? space + 1 : most;
            if (Character.isHighSurrogate(words.charAt(end - 1))) {
                end = end > 1 ? end - 1 : end + 1;
            }
            lines.add(words.substring(0, end));
            words = words.substring(end);
        }
        if (!words.isEmpty() || lines.isEmpty()) {
            lines.add(words);
        }
        return lines;
    }
}
