package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotTemplatesFillInThePersonsAnswers {
    private final SlotTemplates templates = new SlotTemplates();

    @Test
    void slotsAreFilledAndLeftAsPlainText() {
        assertEquals("I want to cook <pasta> so I feel in control.",
            templates.render("I want to {{ task }} so I {{ why }}.", Map.of("task", "cook <pasta>", "why", "feel in control")));
    }

    @Test
    void anEmptySlotLeavesNoGap() {
        assertEquals("I feel sure.", templates.render("I feel {{ how }} sure {{ rating }}.", Map.of("how", "", "rating", "")));
    }

    @Test
    void theSlotsATemplateUsesAreFound() {
        assertEquals(Set.of("task", "why", "when", "extra"), templates.slotsUsed(
            "I {{ task | lower }} {% if when %}{{ when }}{% endif %} so I {{ why }} {{ extra ~ \"x\" }}"));
    }

    @Test
    void aMissingSlotIsAnErrorNotABlank() {
        assertThrows(RuntimeException.class, () -> templates.render("I {{ missing }}", Map.of()));
    }
}
