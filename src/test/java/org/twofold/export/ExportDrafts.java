package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.board.Mats;
import org.twofold.conversation.Walk;

/** Drafts made the real way, by walking conversations through the API, for the exports to carry. */
final class ExportDrafts {
    /** Own words no export may break: markup, an ampersand, both quotes and an emoji. */
    static final String AWKWARD_WORDS = "Tom & Jerry <b>\"best\"</b> isn't 'mine' \uD83D\uDE00 </div>";
    /** Own words a spreadsheet would run as formulas (a leading tab or return never reaches a draft: answers are trimmed). */
    static final List<String> HOSTILE_WORDS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
        "-2+3", "@SUM(A1:A9)");

    private ExportDrafts() {}

    /** One draft for each of these dialogues, walked with a mix of choices, not sure and own words. */
    static List<JsonNode> walked(TestServer server, String token, String person, List<String> dialogues) {
        List<JsonNode> drafts = new ArrayList<>();
        for (int i = 0; i < dialogues.size(); i++) {
            drafts.add(new Walk(server, token, person, dialogues.get(i), new Random(31 + i)).toTheEnd());
        }
        return drafts;
    }

    /** A draft whose choices are answered in the person's own words, these in turn, wherever a choice allows them. */
    static JsonNode inOwnWords(TestServer server, String token, String person, String dialogue, List<String> words) {
        Walk walk = new Walk(server, token, person, dialogue, new Random(5));
        Iterator<String> next = words.iterator();
        JsonNode step = walk.step();
        for (int n = 0; !step.get("kind").asText().equals("end"); n++) {
            if (n > 200) {
                throw new AssertionError("the walk did not reach an end");
            }
            Map<String, Object> answer = walk.answerFirstOption(step);
            String kind = step.get("kind").asText();
            if (kind.equals("confirm")) {
                answer.put("choice", "yes");
            } else if (kind.equals("choice") && next.hasNext()) {
                answer.put("choice", "something-else");
                answer.put("text", next.next());
            }
            answer.put("how", "direct");
            step = ok(server.post(walk.path("/answers"), answer, token));
        }
        return draft(server, token, walk);
    }

    /** A draft that came from the picture board: two cards to change, the first chosen, then the dialogue it leads to. */
    static JsonNode fromAMat(TestServer server, String token, String person) {
        Walk walk = Mats.start(server, token, person);
        List<String> cards = Mats.cards(walk.step());
        JsonNode pairs = Mats.finish(server, token, walk, List.of(
            Map.of("card", cards.get(0), "position", 2), Map.of("card", cards.get(1), "position", 0),
            Map.of("card", cards.get(2), "position", 2)), false);
        Mats.choose(server, token, walk, pairs, cards.get(0));
        walk.answerPlainlyToTheEnd();
        JsonNode draft = draft(server, token, walk);
        assertNotNull(draft.get("mat").get("board"), "the draft names its mat: " + draft);
        return draft;
    }

    private static JsonNode draft(TestServer server, String token, Walk walk) {
        Response r = server.get(walk.path("/draft"), token);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonNode ok(Response r) {
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }
}
