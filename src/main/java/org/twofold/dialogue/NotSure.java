package org.twofold.dialogue;

import java.util.List;

/** What a choice offers when the person is not sure: a rephrased prompt, and maybe another pair. */
public record NotSure(String prompt, List<Option> options) {
    public NotSure {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
