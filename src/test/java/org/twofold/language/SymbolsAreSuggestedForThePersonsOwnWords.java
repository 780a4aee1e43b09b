package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class SymbolsAreSuggestedForThePersonsOwnWords extends ApiTest {
    private static List<String> ids(String text) {
        Response r = server.post("/api/v1/language/symbols", Map.of("text", text), token);
        assertEquals(200, r.status(), r.toString());
        List<String> ids = new ArrayList<>();
        double last = Double.MAX_VALUE;
        for (JsonNode s : r.json().get("symbols")) {
            assertTrue(s.has("id") && s.has("label") && s.has("score"), s.toString());
            assertTrue(s.get("score").asDouble() <= last, "ranked by score: " + r);
            last = s.get("score").asDouble();
            ids.add(s.get("id").asText());
        }
        return ids;
    }

    @Test
    void theBestPictureComesFirst() {
        assertEquals("swimming", ids("I want to go swimming at the pool").get(0));
        assertEquals("pills", ids("take my tablets on time").get(0));
        assertEquals("brush-teeth", ids("brushing my teeth").get(0));
        assertEquals("support-worker", ids("my support worker").get(0));
    }

    @Test
    void lemmasAndSynonymsFindPicturesTheWordsDoNotName() {
        assertTrue(ids("I love baking cakes").contains("cooking"), "bake is a synonym of cook");
        assertTrue(ids("visit my nan and my brother").contains("family"), "nan and brother are family");
        assertTrue(ids("she walks her dogs").containsAll(List.of("walking", "pet")), "walks and dogs by their lemmas");
    }

    @Test
    void answerButtonsAreNeverSuggestedAndNonsenseFindsNothing() {
        List<String> ids = ids("yes no not sure go back something else");
        assertTrue(ids.stream().noneMatch(List.of("yes", "no", "not-sure", "back", "something-else")::contains), ids.toString());
        assertEquals(List.of(), ids("zzzz qqqq"));
    }
}
