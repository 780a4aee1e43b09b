package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer;

/**
 * The two PDFs of a draft: the staff plan section and the person's easy-read copy. Both open, carry the
 * outcome, the status and the person's own words as they gave them (markup and all, as text); the easy-read
 * one is all in big print (16 pt or more), has pictures, and no sentence of more than 15 words. Same access
 * and audit as every export.
 */
class BothPdfsOpenAndTheEasyReadOneReadsAsEasyRead extends ApiTest {
    /** Own words in other scripts and with typographic marks, which the shipped font must print. */
    private static final String OTHER_SCRIPTS = "Привет – “café” — Ελλάδα";
    private static final Map<String, String> ROUTES = Map.of("/export.pdf", "draft.export.pdf", "/easy-read.pdf", "draft.export.easy-read");

    private static JsonNode plain;
    private static JsonNode awkward;
    private static JsonNode fromMat;

    @BeforeAll
    static void makeDrafts() {
        plain = ExportDrafts.walked(server, token, person, List.of("washing-and-dressing")).get(0);
        awkward = ExportDrafts.inOwnWords(server, token, person, "getting-out", List.of(ExportDrafts.AWKWARD_WORDS, OTHER_SCRIPTS));
        fromMat = ExportDrafts.fromAMat(server, token, person);
    }

    @Test
    void bothOpenWithTheOutcomeTheStatusAndAFileName() {
        for (JsonNode draft : List.of(plain, awkward, fromMat)) {
            String id = draft.get("id").asText();
            PdfText.Fetched staff = PdfText.fetch(server, "/api/v1/drafts/" + id + "/export.pdf", token);
            PdfText plan = PdfText.of(staff, "plan-" + draft.get("dialogue").asText());
            assertEquals("attachment; filename=\"twofold-draft-" + id + ".pdf\"", staff.disposition());
            assertTrue(plan.has(draft.get("outcome").get("statement").asText()), plan.text);
            assertTrue(plan.has("Status: draft"), plan.text);
            assertTrue(plan.has(draft.get("outcome").get("whyItMatters").asText()), plan.text);
            assertTrue(plan.has("Jo"), "the person's name: " + plan.text);

            PdfText.Fetched copy = PdfText.fetch(server, "/api/v1/drafts/" + id + "/easy-read.pdf", token);
            PdfText easy = PdfText.of(copy, "easy-read-" + draft.get("dialogue").asText());
            assertEquals("attachment; filename=\"twofold-draft-" + id + ".easy-read.pdf\"", copy.disposition());
            assertTrue(easy.has(draft.get("outcome").get("statement").asText()), easy.text);
            assertTrue(easy.has("This is a draft. We will check it with you."), easy.text);
        }
    }

    @Test
    void ownWordsAreInBothVerbatimAsText() {
        String id = awkward.get("id").asText();
        for (String route : ROUTES.keySet()) {
            PdfText pdf = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + id + route, token), "awkward-" + route.substring(1));
            assertTrue(pdf.has(ExportDrafts.AWKWARD_WORDS), route + ": " + pdf.text);
            assertTrue(pdf.has(OTHER_SCRIPTS), route + ": " + pdf.text);
        }
    }

    @Test
    void theStaffVersionHasEveryPartOfThePlan() {
        PdfText plan = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + plain.get("id").asText() + "/export.pdf", token), "plan");
        for (String heading : List.of("Goal ladder", "Indicators", "Review questions", "When to act", "Guidance for staff",
            "How this was made together", "Where each answer came from")) {
            assertTrue(plan.has(heading), heading);
        }
        JsonNode step = plain.get("milestones").get(0);
        assertTrue(plan.has(step.get("personDoes").asText()), plan.text);
        assertTrue(plan.has(plain.get("indicators").get(0).get("baseline").asText()), plan.text);
        assertTrue(plan.has(plain.get("reviewQuestions").get(0).asText()), plan.text);
        JsonNode together = plain.get("coProduction");
        assertTrue(plan.has(together.get("direct").asInt() + " given directly, " + together.get("supported").asInt()
            + " with support, " + together.get("interpreted").asInt() + " interpreted"), plan.text);
        PdfText mat = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + fromMat.get("id").asText() + "/export.pdf", token), "plan-mat");
        assertTrue(mat.has("Chosen on the picture board \u201c" + fromMat.get("mat").get("topic").asText()), mat.text);
        assertFalse(plan.has("Chosen on the picture board"), "no board for a draft without one");
    }

    @Test
    void theEasyReadCopyIsInBigPrintWithPicturesAndShortSentences() {
        for (JsonNode draft : List.of(plain, awkward, fromMat)) {
            PdfText easy = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + draft.get("id").asText() + "/easy-read.pdf", token),
                "easy-read");
            for (PdfText.Line line : easy.lines) {
                assertTrue(line.smallest() >= 16f, "at least 16 pt: " + line);
            }
            assertTrue(easy.lines.stream().filter(l -> !l.text().startsWith("Page ")).allMatch(l -> l.smallest() >= 18f),
                "the words, not the page number, are 18 pt or more");
            assertTrue(easy.picturesPerPage.stream().allMatch(n -> n > 0), "pictures on every page: " + easy.picturesPerPage);
            for (String sentence : sentences(easy.blocks())) {
                assertTrue(words(sentence) <= 15, "at most 15 words: " + sentence);
            }
            assertTrue(easy.blocks().contains("My name is Jo."), "in the person's voice: " + easy.blocks());
        }
        PdfText mat = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + fromMat.get("id").asText() + "/easy-read.pdf", token),
            "easy-read-mat");
        assertTrue(mat.has("I chose \u201c" + fromMat.get("mat").get("cardLabel").asText() + "\u201d on my picture board."),
            mat.text);
    }

    @Test
    void anotherServiceFindsNothingAndEveryExportIsAudited() throws Exception {
        String id = plain.get("id").asText();
        String otherService = server.login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        for (Map.Entry<String, String> route : ROUTES.entrySet()) {
            int before = audited(route.getValue(), "draft:" + id);
            PdfText.Fetched elsewhere = PdfText.fetch(server, "/api/v1/drafts/" + id + route.getKey(), otherService);
            assertEquals(404, elsewhere.status(), route.getKey());
            assertTrue(elsewhere.contentType().startsWith("application/problem+json") || elsewhere.contentType().startsWith("application/json"),
                elsewhere.contentType());
            assertEquals(404, PdfText.fetch(server, "/api/v1/drafts/no-such-draft" + route.getKey(), token).status());
            assertEquals(before, audited(route.getValue(), "draft:" + id), "a refused export is not logged as one");
            assertEquals(200, PdfText.fetch(server, "/api/v1/drafts/" + id + route.getKey(), token).status());
            assertEquals(before + 1, audited(route.getValue(), "draft:" + id), route.getValue());
        }
    }

    /** The sentences of each block: split after a full stop, question or exclamation mark. */
    private static List<String> sentences(List<String> blocks) {
        List<String> out = new ArrayList<>();
        for (String b : blocks) {
            out.addAll(Arrays.asList(b.strip().split("(?<=[.!?])\\s+")));
        }
        return out;
    }

    /** The words of a sentence: what has a letter or a digit in it, not a dash or a lone mark. */
    private static int words(String sentence) {
        return (int) Arrays.stream(sentence.strip().split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
    }
}
