package org.twofold.dialogue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The dialogues this server offers, all validated before it started. */
public final class Dialogues {
    private final Map<String, Dialogue> byId = new LinkedHashMap<>();

    public Dialogues(List<Dialogue> dialogues) {
        dialogues.forEach(d -> byId.put(d.id(), d));
    }

    public Optional<Dialogue> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Dialogue> all() {
        return byId.values();
    }
}
