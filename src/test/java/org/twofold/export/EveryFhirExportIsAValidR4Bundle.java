package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;
import org.twofold.draft.Draft;
import org.twofold.web.Json;

/**
 * The FHIR export of drafts from several real dialogues, one in awkward own words and one from a picture
 * board, validates against FHIR R4 with zero errors, and says what the care record needs: the person,
 * their goal as proposed, its targets and notes, and a draft care plan with who does what at each step.
 */
class EveryFhirExportIsAValidR4Bundle extends ApiTest {
    private static FhirRules fhir;
    private static List<JsonNode> drafts;
    private static JsonNode awkward;
    private static JsonNode fromMat;

    @BeforeAll
    static void makeDrafts() {
        fhir = new FhirRules();
        drafts = new ArrayList<>(ExportDrafts.walked(server, token, person,
            List.of("washing-and-dressing", "getting-out", "my-medicines", "people-who-matter")));
        awkward = ExportDrafts.inOwnWords(server, token, person, "meals-and-home", List.of(ExportDrafts.AWKWARD_WORDS));
        fromMat = ExportDrafts.fromAMat(server, token, person);
        drafts.add(awkward);
        drafts.add(fromMat);
    }

    @Test
    void everyBundleValidatesWithNoErrors() {
        List<String> errors = new ArrayList<>();
        for (JsonNode draft : drafts) {
            Response r = export(draft);
            assertEquals(200, r.status(), r.toString());
            assertTrue(r.contentType().startsWith("application/fhir+json"), r.contentType());
            errors.addAll(fhir.errors(draft.get("dialogue").asText(), r.body()));
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void theBundleHoldsThePersonTheirProposedGoalAndADraftPlanThatReferToEachOther() {
        JsonNode draft = drafts.get(0);
        JsonNode bundle = export(draft).json();
        assertEquals("Bundle", bundle.get("resourceType").asText());
        assertEquals("collection", bundle.get("type").asText());
        JsonNode patient = resource(bundle, "Patient");
        JsonNode goal = resource(bundle, "Goal");
        JsonNode plan = resource(bundle, "CarePlan");
        String patientUrl = fullUrl(bundle, "Patient");

        assertEquals("urn:twofold:person", patient.get("identifier").get(0).get("system").asText());
        assertEquals(person, patient.get("identifier").get(0).get("value").asText());
        assertEquals("Jo", patient.get("name").get(0).get("text").asText(), "the name the person likes to be called");

        assertEquals("proposed", goal.get("lifecycleStatus").asText(), "a draft's goal is proposed");
        assertEquals(draft.get("outcome").get("statement").asText(), goal.get("description").get("text").asText());
        assertEquals(patientUrl, goal.get("subject").get("reference").asText());
        assertEquals(patientUrl, goal.get("expressedBy").get("reference").asText());
        JsonNode targets = goal.get("target");
        assertEquals(draft.get("outcome").get("earlyChangeBy").asText(), targets.get(0).get("dueDate").asText());
        assertEquals(draft.get("outcome").get("reviewBy").asText(), targets.get(targets.size() - 1).get("dueDate").asText());
        String notes = goal.get("note").toString();
        assertTrue(notes.contains("Why it matters"), notes);
        assertTrue(notes.contains("Provenance"), notes);

        assertEquals("draft", plan.get("status").asText());
        assertEquals("plan", plan.get("intent").asText());
        assertEquals(patientUrl, plan.get("subject").get("reference").asText());
        assertEquals(fullUrl(bundle, "Goal"), plan.get("goal").get(0).get("reference").asText());
        assertEquals(patientUrl, plan.get("author").get("reference").asText());
        assertEquals(draft.get("milestones").size(), plan.get("activity").size(), "one activity per step of the ladder");
        for (JsonNode activity : plan.get("activity")) {
            assertEquals("not-started", activity.get("detail").get("status").asText());
        }
        JsonNode step = draft.get("milestones").get(0);
        String first = plan.get("activity").get(0).get("detail").get("description").asText();
        assertTrue(first.contains(step.get("personDoes").asText()) && first.contains(step.get("supportDoes").asText()),
            "the first step says what the person and staff each do: " + first);
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode text = entry.get("resource").get("text");
            assertEquals("generated", text.get("status").asText());
            assertTrue(text.get("div").asText().startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\">"), text.toString());
        }
    }

    @Test
    void ownWordsWithMarkupAmpersandsQuotesAndEmojiAreKeptWholeAndEscapedInTheNarrative() {
        JsonNode bundle = export(awkward).json();
        JsonNode goal = resource(bundle, "Goal");
        assertTrue(goal.get("note").toString().contains(json(ExportDrafts.AWKWARD_WORDS)), "the note keeps the words verbatim");
        String div = goal.get("text").get("div").asText();
        assertTrue(div.contains("Tom &amp; Jerry &lt;b&gt;&quot;best&quot;&lt;/b&gt; isn&#39;t &#39;mine&#39; \uD83D\uDE00 &lt;/div&gt;"), div);
    }

    @Test
    void aGoalFromAPictureBoardSaysWhichBoardAndCard() {
        JsonNode goal = resource(export(fromMat).json(), "Goal");
        String label = fromMat.get("mat").get("cardLabel").asText();
        assertTrue(goal.get("note").toString().contains(label), goal.get("note").toString());
        assertTrue(goal.get("text").get("div").asText().contains("picture board"), goal.get("text").toString());
    }

    @Test
    void theSameDraftExportsTheSameResourcesEachTime() {
        JsonNode draft = drafts.get(1);
        assertEquals(export(draft).json().get("entry"), export(draft).json().get("entry"));
    }

    @Test
    void onceApprovedTheGoalIsAcceptedAndThePlanActiveAndStillValid() throws Exception {
        ObjectNode stored = drafts.get(2).deepCopy();
        stored.put("status", "approved");
        Draft approved = Json.json().treeToValue(stored, Draft.class);
        JsonNode bundle = new FhirBundle().bundle(new ExportedDraft(approved, "Jo", Instant.now()));
        assertEquals("accepted", resource(bundle, "Goal").get("lifecycleStatus").asText());
        assertEquals("active", resource(bundle, "CarePlan").get("status").asText());
        assertTrue(resource(bundle, "CarePlan").get("text").get("div").asText().contains("(approved)"));
        List<String> errors = fhir.errors("approved", bundle.toString());
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void aBundleMissingWhatR4RequiresWouldBeCaught() {
        JsonNode bundle = export(drafts.get(0)).json();
        ((ObjectNode) resource(bundle, "CarePlan")).remove("status");
        ((ObjectNode) resource(bundle, "Goal")).put("lifecycleStatus", "hoped-for");
        List<String> errors = fhir.errors("broken", bundle.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("CarePlan") && e.contains("status")), String.join("\n", errors));
        assertTrue(errors.stream().anyMatch(e -> e.contains("hoped-for")), String.join("\n", errors));
    }

    private static Response export(JsonNode draft) {
        return server.get("/api/v1/drafts/" + draft.get("id").asText() + "/export.fhir.json", token);
    }

    private static JsonNode resource(JsonNode bundle, String type) {
        return entry(bundle, type).get("resource");
    }

    private static String fullUrl(JsonNode bundle, String type) {
        return entry(bundle, type).get("fullUrl").asText();
    }

    private static JsonNode entry(JsonNode bundle, String type) {
        for (JsonNode e : bundle.get("entry")) {
            if (e.get("resource").get("resourceType").asText().equals(type)) {
                assertTrue(e.get("fullUrl").asText().startsWith("urn:uuid:"), e.get("fullUrl").asText());
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + bundle);
    }

    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }
}
