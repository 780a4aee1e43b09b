package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;

/** At least 200 random walks over all dialogues, with not-sure, something-else, back and pause mixed in. */
class EveryWalkEndsInACompleteDraft extends ApiTest {
    private static final int WALKS = 240;

    @Test
    void everyRandomWalkGivesACompleteDraft() {
        List<String> dialogues = new ArrayList<>();
        server.get("/api/v1/dialogues", token).json().forEach(d -> dialogues.add(d.get("id").asText()));
        assertTrue(dialogues.size() >= 9, "at least 9 dialogues are offered");
        Random random = new Random(20261122);
        Set<String> statements = new HashSet<>();
        for (int i = 0; i < WALKS; i++) {
            String dialogue = dialogues.get(i % dialogues.size());
            JsonNode draft = new Walk(server, token, person, dialogue, random).toTheEnd();
            assertComplete(dialogue, draft);
            statements.add(draft.get("outcome").get("statement").asText());
        }
        assertTrue(statements.size() > dialogues.size() * 3,
            "different paths give different outcomes: only " + statements.size() + " distinct in " + WALKS + " walks");
    }

    static void assertComplete(String dialogue, JsonNode draft) {
        String where = dialogue + ": " + draft;
        assertEquals("draft", draft.get("status").asText(), where);
        JsonNode outcome = draft.get("outcome");
        assertTrue(outcome.get("statement").asText().startsWith("I "), where);
        assertFilled(outcome, where, "whyItMatters", "earlyChange", "reviewBy");
        JsonNode milestones = draft.get("milestones");
        assertTrue(milestones.size() >= 3, where);
        milestones.forEach(m -> assertFilled(m, where, "description", "personDoes", "supportDoes"));
        Set<String> lenses = new HashSet<>();
        draft.get("indicators").forEach(ind -> {
            lenses.add(ind.get("lens").asText());
            assertFilled(ind, where, "description", "baseline", "earlyChange", "evidence");
        });
        assertTrue(lenses.containsAll(Set.of("experience", "behaviour")), where);
        assertTrue(draft.get("reviewQuestions").size() >= 2, where);
        draft.get("reviewQuestions").forEach(q -> assertTrue(q.asText().endsWith("?"), where));
        assertTrue(draft.get("escalation").size() >= 1, where);
        assertTrue(draft.get("guidance").get("do").size() >= 1 && draft.get("guidance").get("dont").size() >= 1, where);
        JsonNode provenance = draft.get("provenance");
        assertTrue(provenance.size() >= 5, where);
        provenance.forEach(p -> {
            assertFilled(p, where, "node", "prompt", "answer", "how", "at");
            assertNotNull(p.get("present"), where);
        });
        assertFalse(draft.toString().contains("{{"), "no template left unfilled: " + where);
        assertFalse(draft.toString().contains("  "), "no gaps from empty slots: " + where);
    }

    private static void assertFilled(JsonNode node, String where, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            assertTrue(v != null && !v.isNull() && !v.asText().isBlank(), f + " is filled in " + where);
        }
    }
}
