package org.twofold.dialogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dialogues this server offers, all validated before it started, and the dialogue each board
 * is on its own (found through the boards, which may grow as boards are imported).
 */
public final class Dialogues {
    private final Map<String, Dialogue> byId = new LinkedHashMap<>();
    private final Function<String, Optional<Dialogue>> boards;

    public Dialogues(List<Dialogue> dialogues) {
        this(dialogues, id -> Optional.empty());
    }

    public Dialogues(List<Dialogue> dialogues, Function<String, Optional<Dialogue>> boards) {
        dialogues.forEach(d -> byId.put(d.id(), d.withPairs()));
        this.boards = boards;
    }

    /** A dialogue, or the dialogue of a board, by id. */
    public Optional<Dialogue> find(String id) {
        Dialogue d = byId.get(id);
        return d != null ? Optional.of(d) : boards.apply(id);
    }

    /** The authored dialogues, boards not included. */
    public Collection<Dialogue> all() {
        return byId.values();
    }
}
