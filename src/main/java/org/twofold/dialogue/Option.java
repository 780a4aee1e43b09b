package org.twofold.dialogue;

import java.util.Map;

/** One of the two pictures offered at a choice, and what choosing it sets. */
public record Option(String id, String label, String symbol, String say, String next, Map<String, String> set) {
    public Option {
        set = set == null ? Map.of() : Map.copyOf(set);
    }

    public String spoken() {
        return say == null ? label : say;
    }
}
