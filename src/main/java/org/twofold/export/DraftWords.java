package org.twofold.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.twofold.draft.Draft;
import org.twofold.draft.Provenance;

/** The draft's parts said in one line each, the same in every export: provenance, co-production, the mat. */
final class DraftWords {
    private DraftWords() {}

    /** One answer behind the draft: the question, the answer (the person's own words quoted whole), how and when. */
    static String answer(Provenance p) {
        String given = p.ownWords() != null && !p.ownWords().isBlank() ? "\u201c" + p.ownWords() + "\u201d" : orEmpty(p.answer());
        StringBuilder line = new StringBuilder(orEmpty(p.prompt())).append(" \u2192 ").append(given);
        List<String> about = new ArrayList<>();
        if (p.how() != null) {
            about.add(p.how());
        }
        if (p.note() != null && !p.note().isBlank()) {
            about.add("note: " + p.note());
        }
        if (p.at() != null) {
            about.add(p.at());
        }
        if (!about.isEmpty()) {
            line.append(" (").append(String.join(", ", about)).append(")");
        }
        return line.toString();
    }

    /** How the draft was made together: who was there, consent, and how the answers were given. */
    static String coProduction(Draft.CoProduction c) {
        if (c == null) {
            return "";
        }
        String present = c.present().isEmpty() ? "no one else recorded"
            : c.present().stream().map(DraftWords::present).collect(Collectors.joining(", "));
        String consent = c.consentGiven() ? "consent given" : "consent not given";
        if (c.consentHow() != null && !c.consentHow().isBlank()) {
            consent += " (" + c.consentHow() + ")";
        }
        String answers = c.direct() + " answers given directly, " + c.supported() + " with support, "
            + c.interpreted() + " interpreted";
        String line = "Present: " + present + ". " + capitalised(consent) + ". " + capitalised(answers) + ".";
        return c.flags().isEmpty() ? line : line + " For staff: " + String.join(" ", c.flags());
    }

    static String present(Provenance.Present p) {
        return p.role() == null || p.role().isBlank() ? p.name() : p.name() + " (" + p.role() + ")";
    }

    /** The picture board the goal came from, or null. */
    static String mat(Draft.FromMat m) {
        if (m == null) {
            return null;
        }
        String card = m.cardLabel() != null ? m.cardLabel() : m.card();
        return "Chosen on the picture board \u201c" + orEmpty(m.topic()) + "\u201d: " + orEmpty(card)
            + (m.place() != null ? ", placed at \u201c" + m.place() + "\u201d" : "") + ".";
    }

    /** What one step of the ladder asks of the person and of staff. */
    static String step(Draft.Milestone m, String name) {
        StringBuilder s = new StringBuilder(orEmpty(m.description()));
        if (m.personDoes() != null && !m.personDoes().isBlank()) {
            s.append(" ").append(name).append(" does: ").append(m.personDoes());
        }
        if (m.supportDoes() != null && !m.supportDoes().isBlank()) {
            s.append(" Staff do: ").append(m.supportDoes());
        }
        return s.toString();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
