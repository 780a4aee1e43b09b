package org.twofold.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.twofold.web.Json;

class ADraftStoredBeforeSlotFormsStillReads {
    @Test
    void escalationsStoredAsSentencesAndMissingPartsReadBack() throws Exception {
        String stored = """
            {"id":"d1","status":"draft","conversationId":"c1","personId":"p1","dialogue":"washing-and-dressing",
             "createdAt":"2026-11-20T10:00:00.000Z",
             "outcome":{"statement":"I want to get dressed so I feel like myself.","whyItMatters":"It matters.",
                        "earlyChange":"I do more.","earlyChangeWeeks":3,"earlyChangeBy":"2026-12-11","reviewBy":"2027-01-15"},
             "milestones":[],"indicators":[],"reviewQuestions":["What helped?"],
             "escalation":["I have a fall. Tell the manager."],
             "guidance":{"do":["Ask me."],"dont":["Rush me."]},"provenance":[],"edits":[]}
            """;
        Draft draft = Json.json().readValue(stored, Draft.class);
        assertEquals("I have a fall. Tell the manager.", draft.escalation().get(0).text());
        assertTrue(draft.needsWording().isEmpty());
        assertTrue(draft.outcome().ownWords().isEmpty());
        assertTrue(draft.guidance().signs().isEmpty());
        Draft again = Json.json().readValue(Json.json().writeValueAsString(draft), Draft.class);
        assertEquals(draft, again);
    }
}
