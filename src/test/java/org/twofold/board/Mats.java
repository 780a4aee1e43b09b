package org.twofold.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.twofold.TestServer;
import org.twofold.TestServer.Response;
import org.twofold.conversation.Walk;

/** Placing and finishing a picture board through the real API, as the tablet does. */
public final class Mats {
    /** A shipped board whose cards all lead to dialogues. */
    public static final String BOARD = "my-day";

    private Mats() {}

    public static Walk start(TestServer server, String token, String person) {
        return new Walk(server, token, person, BOARD, new Random(0));
    }

    public static List<String> cards(JsonNode step) {
        List<String> out = new ArrayList<>();
        step.get("cards").forEach(c -> out.add(c.get("id").asText()));
        return out;
    }

    /** The cards on the mat, in the order they sit there. */
    public static List<String> placed(JsonNode step) {
        List<String> out = new ArrayList<>();
        step.get("placements").forEach(p -> out.add(p.get("card").asText()));
        return out;
    }

    public static JsonNode place(TestServer server, String token, Walk walk, String card, double position) {
        JsonNode step = walk.step();
        Response r = server.post(walk.path("/boards/" + step.get("node").asText() + "/placements"),
            Map.of("card", card, "position", position), token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    /** Finishes the mat with these placements (null: as placed). */
    public static JsonNode finish(TestServer server, String token, Walk walk, List<Map<String, Object>> placements, boolean practice) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("node", walk.step().get("node").asText());
        if (placements != null) {
            answer.put("placements", placements);
        }
        answer.put("practice", practice);
        Response r = server.post(walk.path("/answers"), answer, token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }

    public static JsonNode choose(TestServer server, String token, Walk walk, JsonNode pairs, String card) {
        Response r = server.post(walk.path("/answers"), Map.of("node", pairs.get("node").asText(), "choice", card), token);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("step");
    }
}
