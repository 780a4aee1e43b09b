package org.twofold.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twofold.TestServer;
import org.twofold.board.Mats;
import org.twofold.dialogue.DialogueLibrary;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.Provenance.Present;
import org.twofold.draft.SlotTemplates;
import org.twofold.people.PersonStore;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/**
 * Where a conversation stands is kept in memory, not replayed on every answer: after answers, backs,
 * not-sure, pauses, resent and stale answers, and after a restart, what it shows is what a full
 * replay of its log gives, and another reader of the same file that keeps states catches up too.
 */
class TheKeptStateIsTheLogReplayed {
    private static final List<Present> PRESENT = List.of(new Present("Alex Advocate", "advocate"));
    private static final ObjectMapper YAML = Json.yaml();

    @TempDir
    Path data;

    private String token;
    private String conversationId;
    private String start;
    private String dialogue;
    private String serviceId;

    @Test
    void theStateShownAndKeptIsAlwaysTheReplayOfTheLog() {
        walk("washing-and-dressing");
    }

    @Test
    void onAPictureBoardTooThroughPlacingPairsAndTheDialogueTheyLeadTo() {
        walk(Mats.BOARD);
    }

    private void walk(String startWith) {
        dialogue = startWith;
        Dialogues dialogues = DialogueLibrary.load(Path.of("dialogues"), SymbolCatalogue.load(Path.of("symbol-library"), YAML),
            YAML, new SlotTemplates()).dialogues();
        ConversationStore store = new ConversationStore(Json.json());
        Random random = new Random(7);
        try (TestServer first = TestServer.start(data); Database other = Database.open(data)) {
            // A second reader of the same file that keeps states, as another server would: its log is written by the first.
            ConversationLog elsewhere = new ConversationLog(store, dialogues, new PersonStore(other, Json.json()), Clock.systemUTC());
            begin(first);
            serviceId = other.read(tx -> tx.one("SELECT p.service_id FROM conversations c JOIN people p ON p.id = c.person_id WHERE c.id = ?",
                rs -> rs.getString(1), conversationId)).orElseThrow();
            for (int i = 0; i < 14; i++) {
                act(first, random);
                same(first, other, store, elsewhere);
            }
            try (TestServer second = restart(first)) {
                same(second, other, store, elsewhere);
                JsonNode step = shown(second).get("step");
                for (int i = 0; i < 200 && !step.get("kind").asText().equals("end"); i++) {
                    act(second, random);
                    same(second, other, store, elsewhere);
                    step = shown(second).get("step");
                }
                assertEquals("end", step.get("kind").asText(), "the walk reaches an end");
                assertEquals(200, second.get("/api/v1/conversations/" + conversationId + "/draft", token).status());
            }
        }
    }

    private void begin(TestServer server) {
        token = server.login(TestServer.STAFF, TestServer.PASSWORD);
        String person = server.newPerson(token, "Kit Kept");
        JsonNode started = server.post("/api/v1/people/" + person + "/conversations",
            Map.of("dialogue", dialogue, "present", List.of(Map.of("name", "Alex Advocate", "role", "advocate"))), token).json();
        conversationId = started.get("id").asText();
        start = started.get("step").get("node").asText();
    }

    private TestServer restart(TestServer first) {
        first.close();
        TestServer second = TestServer.start(data);
        token = second.login(TestServer.STAFF, TestServer.PASSWORD);
        return second;
    }

    /** One tap of many kinds; the stale and resent ones must change nothing. */
    private void act(TestServer server, Random random) {
        JsonNode step = shown(server).get("step");
        String kind = step.get("kind").asText();
        int roll = random.nextInt(100);
        if (roll < 15 && step.get("canGoBack").asBoolean()) {
            assertEquals(200, server.post(path("/back"), "{}", token).status());
            return;
        }
        if (roll < 22) {
            assertEquals(200, server.post(path("/pause"), "{}", token).status());
            return;
        }
        if (roll < 30) {
            Map<String, Object> stale = Map.of("node", "not-" + step.get("node").asText(), "choice", "x");
            assertEquals(409, server.post(path("/answers"), stale, token).status(), "a stale answer is refused");
            return;
        }
        if (kind.equals("board") && onTheMat(server, step, random, roll)) {
            return;
        }
        Map<String, Object> answer = new HashMap<>();
        answer.put("node", step.get("node").asText());
        answer.put("answerId", UUID.randomUUID().toString());
        if (kind.equals("board")) {
            answer.put("practice", roll < 36);
        } else if (kind.equals("rating")) {
            answer.put("rating", 1 + random.nextInt(5));
        } else if (roll < 40) {
            answer.put("choice", "not-sure");
        } else if (roll < 46 && kind.equals("choice")) {
            answer.put("choice", "something-else");
            answer.put("text", "walk the dog with my sister");
        } else if (kind.equals("confirm")) {
            answer.put("choice", roll < 55 ? "change" : "yes");
        } else {
            answer.put("choice", step.get("options").get(0).get("id").asText());
        }
        TestServer.Response once = server.post(path("/answers"), answer, token);
        assertEquals(200, once.status(), once.toString());
        if (roll > 90) {
            TestServer.Response again = server.post(path("/answers"), answer, token);
            assertEquals(once.json(), again.json(), "a resent answer gets the first reply and records nothing");
        }
    }

    /** On a mat: place or move a card, comment, or mark practice; false when it is time to finish the mat. */
    private boolean onTheMat(TestServer server, JsonNode step, Random random, int roll) {
        String at = path("/boards/" + step.get("node").asText());
        JsonNode cards = step.get("cards");
        String card = cards.get(random.nextInt(cards.size())).get("id").asText();
        if (roll < 75 || step.get("placements").isEmpty()) {
            assertEquals(200, server.post(at + "/placements", Map.of("card", card, "position", random.nextInt(5) / 2.0), token).status());
        } else if (roll < 82) {
            assertEquals(200, server.post(at + "/comments", Map.of("card", card, "text", "smiled at this one"), token).status());
        } else if (roll < 86) {
            assertEquals(200, server.post(at + "/practice", Map.of("practice", random.nextBoolean()), token).status());
        } else {
            return false;
        }
        return true;
    }

    private void same(TestServer server, Database other, ConversationStore store, ConversationLog elsewhere) {
        ConversationState replayed = other.read(tx -> ConversationState.replay(dialogue, start, PRESENT, store.events(tx, conversationId)));
        JsonNode shown = shown(server);
        JsonNode step = shown.get("step");
        assertEquals(replayed.status().code(), shown.get("status").asText());
        assertEquals(replayed.node(), step.get("node").asText());
        String kind = step.get("kind").asText();
        if (kind.equals("choice") || kind.equals("confirm") || kind.equals("pairs")) {
            assertEquals(replayed.rephrased(), step.get("rephrased").asBoolean());
        }
        if (!kind.equals("end")) {
            // The end step offers no way back, whatever the state.
            assertEquals(replayed.canGoBack(), step.get("canGoBack").asBoolean());
        }
        assertEquals(replayed.answered(), step.get("progress").get("answered").asInt());
        List<ConversationState.Answered> answers = replayed.answers();
        assertEquals(answers.isEmpty() ? -1 : answers.get(answers.size() - 1).seq(),
            shown.has("lastAnswer") ? shown.get("lastAnswer").get("seq").asInt() : -1);

        Principal staff = Principal.account("test", serviceId, Role.STAFF);
        ConversationLog.Opened kept = other.read(tx -> elsewhere.open(tx, staff, conversationId));
        assertEquals(whole(replayed), whole(kept.state()), "a kept state brought up to date equals the full replay");
        elsewhere.keep(kept);
    }

    /** Everything a state holds that a step, a follower or a draft reads. */
    private static List<Object> whole(ConversationState s) {
        return List.of(s.status(), s.dialogue(), s.node(), s.slots(), s.rephrased(), s.canGoBack(), s.answered(), s.previousNode(),
            s.answers(), s.nextSeq(), ConversationChanges.Summary.of(s), s.mat().placements(), s.mat().comments(), s.mat().practice(),
            java.util.Objects.toString(s.pairing()), java.util.Objects.toString(s.origin()));
    }

    private JsonNode shown(TestServer server) {
        TestServer.Response r = server.get("/api/v1/conversations/" + conversationId, token);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private String path(String action) {
        return "/api/v1/conversations/" + conversationId + action;
    }
}
