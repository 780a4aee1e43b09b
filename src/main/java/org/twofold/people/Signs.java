package org.twofold.people;

import java.util.ArrayList;
import java.util.List;

/**
 * How the person shows pain, refusal ("no"), anxiety and consent ("yes"), in the words of the people
 * who know them: asked once, kept with their communication needs, and carried into every draft's guidance.
 */
public record Signs(String pain, String refusal, String anxiety, String consent) {
    public static final Signs NONE = new Signs(null, null, null, null);

    /** One line of guidance for each sign recorded: "How I show pain: I hold my jaw and go quiet." */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        add(out, "How I show pain: ", pain);
        add(out, "How I show no: ", refusal);
        add(out, "How I show I am worried: ", anxiety);
        add(out, "How I show yes: ", consent);
        return out;
    }

    private static void add(List<String> out, String lead, String text) {
        if (text != null && !text.isBlank()) {
            out.add(lead + text.strip());
        }
    }
}
