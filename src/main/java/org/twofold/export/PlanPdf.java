package org.twofold.export;

import java.util.HashMap;
import java.util.Map;

/**
 * The staff version of a draft as the plan section of a care plan: every part of the draft, its status, how
 * it was made together, what still needs wording and where each answer came from. Laid out by
 * templates/export/plan-pdf.peb.
 */
final class PlanPdf {
    static final String TEMPLATE = "export/plan-pdf.peb";

    private PlanPdf() {}

    /** topic: what the conversation was about, in words (null when its dialogue is no longer known). */
    static Map<String, Object> model(ExportedDraft e, String topic) {
        Map<String, Object> m = new HashMap<>();
        m.put("topic", topic);
        m.put("draft", e.draft());
        m.put("name", e.preferredName());
        m.put("status", e.status());
        m.put("earlyChangeBy", e.earlyChangeBy());
        m.put("reviewBy", e.reviewBy());
        m.put("madeOn", e.madeOn());
        m.put("exportedAt", e.exportedAt());
        m.put("mat", DraftWords.mat(e.draft().mat()));
        return m;
    }
}
