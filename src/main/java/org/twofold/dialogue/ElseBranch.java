package org.twofold.dialogue;

import java.util.Map;

/** Where "something else" goes, and the slots it sets besides the person's own words. */
public record ElseBranch(String next, Map<String, String> set) {
    public ElseBranch {
        set = set == null ? Map.of() : Map.copyOf(set);
    }
}
