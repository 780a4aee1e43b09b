package org.twofold.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.twofold.board.BoardLoader.BoardFile;
import org.twofold.board.BoardLoader.ScaleFile;
import org.twofold.dialogue.Locations;
import org.twofold.dialogue.Problem;
import org.twofold.language.EasyRead;

/**
 * Checks boards and scales as dialogues are checked, reporting every problem at once: three points a
 * scale and never yes and no, 4 to 12 cards a board, every symbol in the library, easy-read words,
 * and every card leading to a dialogue or a sub-board that exists, with no board inside itself.
 */
public final class BoardValidator {
    private static final Set<String> NOT_A_SCALE = Set.of("yes", "no", "tick", "cross");

    private final Predicate<String> symbols;
    private final Set<String> dialogues;

    /** Given which symbols exist and the ids of the dialogues cards may lead to. */
    public BoardValidator(Predicate<String> symbols, Set<String> dialogues) {
        this.symbols = symbols;
        this.dialogues = dialogues;
    }

    public List<Problem> validate(ScaleFile scales, List<BoardFile> boards) {
        List<Problem> problems = new ArrayList<>();
        Set<String> scaleIds = checkScales(scales, problems);
        Map<String, Board> byId = new HashMap<>();
        for (BoardFile f : boards) {
            Board b = f.board();
            Where where = new Where(f.name(), f.locations(), problems);
            if (blank(b.id())) {
                where.at("/id", null, "has no id");
            } else if (!f.name().equals(b.id() + ".yaml")) {
                where.at("/id", null, "id '" + b.id() + "' should match the file name " + f.name());
            } else if (dialogues.contains(b.id())) {
                where.at("/id", null, "board id '" + b.id() + "' is also a dialogue's id");
            } else if (byId.putIfAbsent(b.id(), b) != null) {
                where.at("/id", null, "board id '" + b.id() + "' is used twice");
            }
            checkBoard(b, scaleIds, where);
        }
        for (BoardFile f : boards) {
            checkLinks(f, byId, new Where(f.name(), f.locations(), problems));
        }
        return problems;
    }

    /** Problems placed at a line of one file. */
    private record Where(String file, Locations locations, List<Problem> out) {
        void at(String pointer, String id, String message) {
            out.add(new Problem(file, locations.line(pointer), id, message));
        }
    }

    private Set<String> checkScales(ScaleFile file, List<Problem> problems) {
        Where where = new Where(file.name(), file.locations(), problems);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.scales().size(); i++) {
            Scale s = file.scales().get(i);
            String at = "/" + i;
            if (blank(s.id())) {
                where.at(at, null, "a scale has no id");
            } else if (!ids.add(s.id())) {
                where.at(at + "/id", s.id(), "scale id is used twice");
            }
            if (blank(s.name())) {
                where.at(at, s.id(), "has no name");
            }
            words(where, at + "/question", s.id(), "question", s.question(), 1);
            if (s.change() == null) {
                where.at(at, s.id(), "needs change: left or right, the end whose cards need to change");
            }
            if (s.points().size() != Scale.POINTS) {
                where.at(at + "/points", s.id(), "a scale needs exactly three points, not " + s.points().size());
            }
            Set<String> pointIds = new HashSet<>();
            for (int j = 0; j < s.points().size(); j++) {
                ScalePoint p = s.points().get(j);
                String pointAt = at + "/points/" + j;
                if (blank(p.id()) || !pointIds.add(p.id())) {
                    where.at(pointAt, s.id(), "each point needs an id of its own");
                }
                words(where, pointAt + "/label", s.id(), "label", p.label(), 1);
                symbol(where, pointAt + "/symbol", s.id(), p.symbol());
                if (NOT_A_SCALE.contains(lower(p.label())) || NOT_A_SCALE.contains(lower(p.symbol()))) {
                    where.at(pointAt, s.id(), "a scale is never yes and no, ticks or crosses: say how things are");
                }
            }
        }
        return ids;
    }

    private void checkBoard(Board b, Set<String> scaleIds, Where where) {
        if (b.topic() == null) {
            where.at("/topic", b.id(), "has no topic");
        } else {
            words(where, "/topic/label", b.id(), "topic", b.topic().label(), 1);
            symbol(where, "/topic/symbol", b.id(), b.topic().symbol());
            optionalWords(where, "/topic/say", b.id(), "topic's spoken words", b.topic().say(), 2);
            optionalWords(where, "/topic/prompt", b.id(), "prompt", b.topic().prompt(), 2);
        }
        if (blank(b.scale())) {
            where.at("/scale", b.id(), "has no scale");
        } else if (!scaleIds.contains(b.scale())) {
            where.at("/scale", b.id(), "scale '" + b.scale() + "' is not in the library of scales");
        }
        if (b.cards().size() < Board.FEWEST_CARDS || b.cards().size() > Board.MOST_CARDS) {
            where.at("/cards", b.id(), "a board needs 4 to 12 cards, not " + b.cards().size());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < b.cards().size(); i++) {
            Card c = b.cards().get(i);
            String at = "/cards/" + i;
            if (blank(c.id()) || !ids.add(c.id())) {
                where.at(at, c.id(), "each card needs an id of its own");
            }
            words(where, at + "/label", c.id(), "label", c.label(), 1);
            symbol(where, at + "/symbol", c.id(), c.symbol());
            optionalWords(where, at + "/say", c.id(), "spoken words", c.say(), 2);
        }
    }

    /** Where each card leads: a dialogue or a sub-board that exists, never back into a board it came from. */
    private void checkLinks(BoardFile f, Map<String, Board> boards, Where where) {
        List<Card> cards = f.board().cards();
        for (int i = 0; i < cards.size(); i++) {
            Card c = cards.get(i);
            String at = "/cards/" + i;
            if (blank(c.dialogue()) && blank(c.board())) {
                where.at(at, c.id(), "a card needs a dialogue to lead to, or a board for a closer look");
            }
            if (!blank(c.dialogue()) && !dialogues.contains(c.dialogue())) {
                where.at(at + "/dialogue", c.id(), "dialogue '" + c.dialogue() + "' does not exist");
            }
            if (!blank(c.board())) {
                if (!boards.containsKey(c.board())) {
                    where.at(at + "/board", c.id(), "board '" + c.board() + "' does not exist");
                } else if (leadsBack(c.board(), f.board().id(), boards, new HashSet<>())) {
                    where.at(at + "/board", c.id(), "board '" + c.board() + "' leads back to this board");
                }
            }
        }
    }

    private static boolean leadsBack(String from, String to, Map<String, Board> boards, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        Board b = boards.get(from);
        if (b == null || !seen.add(from)) {
            return false;
        }
        return b.cards().stream().filter(c -> c.board() != null).anyMatch(c -> leadsBack(c.board(), to, boards, seen));
    }

    private void symbol(Where where, String at, String id, String symbol) {
        if (blank(symbol)) {
            where.at(at, id, "has no symbol");
        } else if (!symbols.test(symbol)) {
            where.at(at, id, "symbol '" + symbol + "' is not in the symbol library");
        }
    }

    private static void words(Where where, String at, String id, String what, String text, int sentences) {
        if (blank(text)) {
            where.at(at, id, "has no " + what);
            return;
        }
        EasyRead.problems(text, sentences).forEach(p -> where.at(at, id, what + " " + p));
    }

    private static void optionalWords(Where where, String at, String id, String what, String text, int sentences) {
        if (!blank(text)) {
            words(where, at, id, what, text, sentences);
        }
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
