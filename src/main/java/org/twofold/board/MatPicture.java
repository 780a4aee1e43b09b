package org.twofold.board;

import static org.twofold.board.MatLayout.COLUMN;
import static org.twofold.board.MatLayout.GAP;
import static org.twofold.board.MatLayout.MARGIN;
import static org.twofold.board.MatLayout.PICTURE;
import static org.twofold.board.MatLayout.POINT_FONT;
import static org.twofold.board.MatLayout.WORDS_FONT;
import static org.twofold.board.MatLayout.fit;
import static org.twofold.board.MatLayout.line;
import static org.twofold.board.MatLayout.lines;
import static org.twofold.board.MatLayout.x;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.twofold.web.PlainWords;

/**
 * A finished mat drawn as a standalone SVG document, the snapshot kept with the conversation: the topic,
 * the scale's three points across the top with the places between them, each place's cards under it in
 * the order given, the cards not placed, and the comments. Every picture is inlined and every text
 * escaped; there is no script, style sheet or outside address, so it is safe to serve as image/svg+xml.
 */
public final class MatPicture {
    /** A stored picture's bytes and content type (an imported board's image, or a person's photo). */
    public record Image(byte[] bytes, String contentType) {}

    private static final String SVG = "image/svg+xml";
    private static final String POINT_FILL = "#e8eef5";

    private final Function<String, Optional<byte[]>> symbols;
    private final Function<String, Optional<Image>> pictures;

    /** Given how to find a library symbol's SVG by its id, and a stored picture by its id. */
    public MatPicture(Function<String, Optional<byte[]>> symbols, Function<String, Optional<Image>> pictures) {
        this.symbols = symbols;
        this.pictures = pictures;
    }

    /** The mat as an SVG document. */
    public String svg(FinishedMat mat) {
        SvgWriter body = new SvgWriter();
        int y = title(body, mat);
        y = columns(body, mat, y);
        y = unplaced(body, mat, y);
        y = comments(body, mat, y);
        int width = MatLayout.width();
        int height = y + MARGIN;
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1", "width", "" + width,
            "height", "" + height, "viewBox", "0 0 " + width + " " + height, "role", "img",
            "aria-labelledby", "mat-title mat-desc", "font-family", "sans-serif", "fill", "#000000");
        svg.element("title", "mat-title", MatWords.title(mat));
        svg.element("desc", "mat-desc", MatWords.description(mat));
        svg.box(0, 0, width, height, "#ffffff", 0);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + body + "</svg>\n";
    }

    /** The topic's picture and words, the day, and "Practice board" when it was practice; returns the y below. */
    private int title(SvgWriter out, FinishedMat mat) {
        Topic topic = mat.board().topic();
        int size = MatLayout.TOPIC_PICTURE;
        symbol(out, MARGIN, MARGIN, size, topic == null ? null : topic.symbol());
        int room = MatLayout.width() - 2 * MARGIN - size - GAP - (mat.practice() ? MatLayout.BADGE_WIDTH + GAP : 0);
        List<String> words = lines(topic == null ? "" : topic.label(), fit(room, MatLayout.TITLE_FONT));
        int textX = MARGIN + size + GAP;
        int baseline = MARGIN + MatLayout.TITLE_FONT;
        out.text(textX, baseline, MatLayout.TITLE_FONT, true, "start", words, "class", "topic");
        int below = baseline + (words.size() - 1) * line(MatLayout.TITLE_FONT);
        if (mat.date() != null) {
            below += line(WORDS_FONT) + 4;
            out.text(textX, below, WORDS_FONT, false, "start", List.of(PlainWords.day(mat.date())), "class", "date");
        }
        if (mat.practice()) {
            int left = MatLayout.width() - MARGIN - MatLayout.BADGE_WIDTH;
            out.box(left, MARGIN, MatLayout.BADGE_WIDTH, 48, "#fff3c4", 3);
            out.text(left + MatLayout.BADGE_WIDTH / 2, MARGIN + 33, 24, true, "middle", List.of("Practice board"),
                "class", "practice");
        }
        return Math.max(MARGIN + size, below) + 2 * GAP;
    }

    /** The scale across the top and each place's cards under it; returns the y below the longest column. */
    private int columns(SvgWriter out, FinishedMat mat, int top) {
        List<ScalePoint> points = mat.scale().points();
        int pointsHeight = PICTURE + 8 + points.stream()
            .mapToInt(p -> lines(p.label(), fit(COLUMN - GAP, POINT_FONT)).size()).max().orElse(1) * line(POINT_FONT);
        int cardsTop = top + pointsHeight + 2 * GAP;
        int bottom = cardsTop;
        for (double place : FinishedMat.PLACES) {
            int y = cardsTop;
            for (Card card : mat.at(place)) {
                y += MatLayout.cardHeight(card);
            }
            bottom = Math.max(bottom, y);
        }
        bottom = Math.max(bottom, cardsTop + PICTURE);
        for (int i = 0; i < points.size() && i < Scale.POINTS; i++) {
            out.box(MatLayout.left(i), top - GAP / 2, COLUMN, bottom - top + GAP, POINT_FILL, 0);
        }
        out.line(x(0), top + PICTURE / 2, x(2), top + PICTURE / 2, 3);
        for (int i = 0; i < points.size() && i < Scale.POINTS; i++) {
            ScalePoint point = points.get(i);
            symbol(out, x(i) - PICTURE / 2, top, PICTURE, point.symbol());
            out.text(x(i), top + PICTURE + 8 + POINT_FONT, POINT_FONT, true, "middle",
                lines(point.label(), fit(COLUMN - GAP, POINT_FONT)), "class", "point", "data-position", "" + i);
        }
        out.line(MARGIN, cardsTop - GAP, MatLayout.width() - MARGIN, cardsTop - GAP, 2);
        for (double place : FinishedMat.PLACES) {
            int y = cardsTop;
            for (Card card : mat.at(place)) {
                y = card(out, card, x(place), y, "" + place);
            }
        }
        return bottom;
    }

    /** The cards not placed, under the words "Not placed", five to a row; returns the y below them. */
    private int unplaced(SvgWriter out, FinishedMat mat, int top) {
        List<Card> cards = mat.unplaced();
        if (cards.isEmpty()) {
            return top;
        }
        int y = top + GAP + POINT_FONT;
        out.text(MARGIN, y, POINT_FONT, true, "start", List.of("Not placed"), "class", "heading");
        y += GAP;
        int columns = FinishedMat.PLACES.size();
        for (int from = 0; from < cards.size(); from += columns) {
            int rowBottom = y;
            for (int i = from; i < Math.min(cards.size(), from + columns); i++) {
                rowBottom = Math.max(rowBottom, card(out, cards.get(i), x(FinishedMat.PLACES.get(i - from)), y, "none"));
            }
            y = rowBottom;
        }
        return y;
    }

    /** The supporter's comments, card by card; returns the y below them. */
    private int comments(SvgWriter out, FinishedMat mat, int top) {
        List<String> lines = new ArrayList<>();
        for (Card card : mat.board().cards()) {
            for (String comment : mat.commentsOn(card.id())) {
                lines.addAll(lines(card.label() + ": " + comment, fit(MatLayout.width() - 2 * MARGIN, WORDS_FONT)));
            }
        }
        if (lines.isEmpty()) {
            return top;
        }
        int y = top + GAP + POINT_FONT;
        out.text(MARGIN, y, POINT_FONT, true, "start", List.of("Comments"), "class", "heading");
        y += line(WORDS_FONT) + 4;
        out.text(MARGIN, y, WORDS_FONT, false, "start", lines, "class", "comments");
        return y + (lines.size() - 1) * line(WORDS_FONT);
    }

    /** One card, its picture over its words, centred on x from y; returns the y below it. */
    private int card(SvgWriter out, Card card, int x, int y, String place) {
        out.open("g", "class", "card", "data-card", card.id() == null ? "" : card.id(), "data-position", place);
        if (card.picture() != null) {
            Optional<Image> image = find(pictures, card.picture());
            out.picture(x - PICTURE / 2, y, PICTURE, image.map(Image::bytes).orElse(null),
                image.map(Image::contentType).orElse(null));
        } else {
            symbol(out, x - PICTURE / 2, y, PICTURE, card.symbol());
        }
        out.text(x, y + PICTURE + 4 + WORDS_FONT, WORDS_FONT, false, "middle",
            lines(card.label(), fit(COLUMN - GAP, WORDS_FONT)), "class", "card-label");
        out.close("g");
        return y + MatLayout.cardHeight(card);
    }

    private void symbol(SvgWriter out, int x, int y, int size, String id) {
        out.picture(x, y, size, find(symbols, id).orElse(null), SVG);
    }

    /** A picture by its id, or none when there is no id, no such picture, or it cannot be read. */
    private static <T> Optional<T> find(Function<String, Optional<T>> source, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            Optional<T> found = source.apply(id);
            return found == null ? Optional.empty() : found;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
