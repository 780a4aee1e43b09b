package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

class BadAnswersAreRefusedClearly extends ApiTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json                 | {\"node\":                                                  | JSON",
        "a list, not an object    | [1,2]                                                       | object",
        "empty body               | ''                                                          | empty",
        "no node                  | {\"choice\":\"wash\"}                                       | 'node'",
        "node not text            | {\"node\":5,\"choice\":\"wash\"}                            | 'node'",
        "neither choice nor rating| {\"node\":\"what-first\"}                                   | exactly one",
        "both choice and rating   | {\"node\":\"what-first\",\"choice\":\"wash\",\"rating\":3}  | exactly one",
        "unknown option           | {\"node\":\"what-first\",\"choice\":\"swim\"}               | 'choice'",
        "rating on a choice       | {\"node\":\"what-first\",\"rating\":3}                      | 'choice'",
        "something else, no words | {\"node\":\"what-first\",\"choice\":\"something-else\"}     | 'text'",
        "bad how                  | {\"node\":\"what-first\",\"choice\":\"wash\",\"how\":\"x\"} | 'how'",
        "unknown field            | {\"node\":\"what-first\",\"choice\":\"wash\",\"colour\":1}  | 'colour'",
    })
    void badInputGets400NamingTheProblemAndLosesNothing(String name, String body, String detailMentions) {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(6));
        JsonNode before = walk.step();

        Response r = server.post(walk.path("/answers"), body, token);

        assertEquals(400, r.status(), name + ": " + r);
        JsonNode error = r.json();
        assertEquals(400, error.get("status").asInt());
        assertEquals("Bad request", error.get("title").asText());
        assertTrue(error.get("detail").asText().contains(detailMentions), name + ": " + error);
        assertEquals(before, walk.step(), "nothing stored was changed");
    }

    @ParameterizedTest(name = "rating {0}")
    @CsvSource({"0", "6", "2.5", "\"3\""})
    void aRatingOutsideOneToFiveIsRefused(String rating) {
        Walk walk = new Walk(server, token, person, "washing-and-dressing", new Random(7));
        JsonNode step = walk.step();
        while (!step.get("kind").asText().equals("rating")) {
            step = server.post(walk.path("/answers"), walk.answerFirstOption(step), token).json().get("step");
        }
        Response r = server.post(walk.path("/answers"), "{\"node\":\"" + step.get("node").asText() + "\",\"rating\":" + rating + "}", token);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.json().get("detail").asText().contains("'rating'"), r.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown dialogue | {\"dialogue\":\"juggling\"}                        | 'dialogue'",
        "present not list | {\"dialogue\":\"my-medicines\",\"present\":\"Bo\"}  | 'present'",
        "present no name  | {\"dialogue\":\"my-medicines\",\"present\":[{}]}    | 'present[0].name'",
    })
    void aBadStartIsRefused(String name, String body, String detailMentions) {
        Response r = server.post("/api/v1/people/" + person + "/conversations", body, token);
        assertEquals(400, r.status(), name + ": " + r);
        assertTrue(r.json().get("detail").asText().contains(detailMentions), r.toString());
    }

    @org.junit.jupiter.api.Test
    void unknownThingsAre404InJson() {
        assertEquals(404, server.get("/api/v1/conversations/nope", token).status());
        assertEquals(404, server.post("/api/v1/people/nope/conversations", Map.of("dialogue", "my-medicines"), token).status());
        Response nowhere = server.get("/no/such/page", null);
        assertEquals(404, nowhere.status());
        assertEquals(404, nowhere.json().get("status").asInt());
    }
}
