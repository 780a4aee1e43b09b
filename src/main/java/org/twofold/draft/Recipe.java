package org.twofold.draft;

import java.util.Map;

/** What a dialogue gives the composer: its end node's template, the form of every slot, and whether capacity is at issue. */
public record Recipe(DraftTemplate template, Map<String, SlotForm> forms, boolean capacityCheck) {
    public Recipe {
        forms = forms == null ? Map.of() : Map.copyOf(forms);
    }

    public SlotForm form(String slot) {
        return forms.getOrDefault(slot, SlotForm.SENTENCE);
    }
}
