package org.twofold.dialogue;

import java.util.List;
import java.util.Map;

/**
 * What a choice offers when the person is not sure: a rephrased prompt, maybe another pair, and
 * maybe a way to leave the question open: still not sure after the rephrasing, the conversation
 * moves on to open's next step, setting its slots.
 */
public record NotSure(String prompt, List<Option> options, Open open) {
    public NotSure {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Where a question left open goes, and what it sets. */
    public record Open(String next, Map<String, String> set) {
        public Open {
            set = set == null ? Map.of() : Map.copyOf(set);
        }
    }
}
