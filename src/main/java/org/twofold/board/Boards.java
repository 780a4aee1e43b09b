package org.twofold.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.dialogue.Dialogue;

/**
 * The boards this server offers and the library of scales they use. The shipped boards are
 * validated before the server starts; imported boards join them as they arrive.
 */
public final class Boards {
    private final Map<String, Scale> scales = new LinkedHashMap<>();
    private final Map<String, Board> byId = new LinkedHashMap<>();
    /** The service that imported each imported board; shipped boards are everyone's. */
    private final Map<String, String> ownedBy = new LinkedHashMap<>();

    public Boards(List<Scale> scales, List<Board> boards) {
        scales.forEach(s -> this.scales.put(s.id(), s));
        boards.forEach(b -> byId.put(b.id(), b));
    }

    public static Boards none() {
        return new Boards(List.of(), List.of());
    }

    public synchronized Optional<Board> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public synchronized List<Board> all() {
        return new ArrayList<>(byId.values());
    }

    public synchronized boolean has(String id) {
        return byId.containsKey(id);
    }

    /** Adds a board a service imported, offered to that service alone, or replaces the board with its id. */
    public synchronized void add(Board board, String serviceId) {
        byId.put(board.id(), board);
        ownedBy.put(board.id(), serviceId);
    }

    /** Whether a service may use a board: every shipped board, and only its own imported ones. */
    public synchronized boolean offeredTo(String serviceId, String boardId) {
        return byId.containsKey(boardId) && (!ownedBy.containsKey(boardId) || ownedBy.get(boardId).equals(serviceId));
    }

    /** The boards a service may use, shipped ones first. */
    public synchronized List<Board> offeredTo(String serviceId) {
        return byId.keySet().stream().filter(id -> offeredTo(serviceId, id)).map(byId::get).toList();
    }

    public synchronized Optional<Scale> scale(String id) {
        return Optional.ofNullable(scales.get(id));
    }

    /** Adds a scale that came with an imported board and is not in the library. */
    public synchronized void add(Scale scale) {
        scales.put(scale.id(), scale);
    }

    /** The scale a board's cards are placed on; every board offered has one. */
    public Scale scaleOf(Board board) {
        return scale(board.scale()).orElseThrow(() -> new IllegalStateException("Board '" + board.id() + "' has no scale"));
    }

    public synchronized Collection<Scale> scales() {
        return new ArrayList<>(scales.values());
    }

    /** A board as a dialogue of its own (its mat, then the pairs), so a conversation can start with it. */
    public Optional<Dialogue> asDialogue(String id) {
        return find(id).map(b -> Dialogue.ofBoard(b.id(), b.topic().label(), b.topic().symbol()));
    }
}
