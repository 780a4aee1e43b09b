package org.twofold.dialogue;

import static org.twofold.dialogue.DialogueValidator.blank;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.HashMap;
import java.util.Map;
import org.twofold.draft.SlotForm;
import org.twofold.draft.SlotTemplates;
import org.twofold.draft.SlotValue;
import org.twofold.language.Issue;
import org.twofold.language.StatementCheck;

/**
 * Runs the statement check on each end node's outcome template, every slot read as a neutral
 * "do this", so a dialogue cannot ship an outcome in staff's voice, about the person, or without a reason.
 */
final class OutcomeWording {
    static final String PLACEHOLDER = "do this";

    private final StatementCheck check;
    private final SlotTemplates templates;

    OutcomeWording(StatementCheck check, SlotTemplates templates) {
        this.check = check;
        this.templates = templates;
    }

    /** Neutral words of each form, so the check reads the template's own words and not the slots'. */
    static Object placeholder(SlotForm form) {
        if (form == null) {
            return PLACEHOLDER;
        }
        return switch (form) {
            case REASON -> "so I can do this";
            case SENTENCE -> "I do this.";
            case THING -> "my things";
            case PERSON -> "my friend";
            case PLACE -> "the shop";
            case TIME -> "on Mondays";
            case FLAG -> "this";
            case RATING -> new SlotValue.Rating(3, java.time.LocalDate.of(2026, 1, 5));
            case ACTION -> PLACEHOLDER;
        };
    }

    void check(Dialogue d, Report report) {
        for (int i = 0; i < d.nodes().size(); i++) {
            Node n = d.nodes().get(i);
            if (n.kind() != NodeKind.END || n.draft() == null || blank(n.draft().outcome())) {
                continue;
            }
            String outcome = n.draft().outcome();
            Map<String, Object> slots = new HashMap<>();
            templates.slotsUsed(outcome).forEach(slot -> slots.put(slot, placeholder(d.slots().get(slot))));
            String rendered;
            try {
                rendered = templates.render(outcome, slots);
            } catch (PebbleException e) {
                continue; // a template that does not render is reported by the slot checks
            }
            for (Issue issue : check.check(rendered).issues()) {
                report.at("/nodes/" + i + "/draft/outcome", n.id(),
                    "outcome is weak (" + issue.code().code() + "): " + issue.message() + " Read as: \"" + rendered + "\"");
            }
        }
    }
}
