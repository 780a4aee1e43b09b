package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/**
 * The CSV export: UTF-8 with a byte order mark, RFC 4180 quoting, one row per element of the draft with
 * its status, and no cell a spreadsheet would run as a formula, whatever the person's own words were.
 */
class TheCsvExportOpensCleanlyAndRunsNoFormula extends ApiTest {
    private static JsonNode plain;
    private static JsonNode hostile;
    private static JsonNode fromMat;

    @BeforeAll
    static void makeDrafts() {
        plain = ExportDrafts.walked(server, token, person, List.of("washing-and-dressing")).get(0);
        List<String> words = new ArrayList<>(ExportDrafts.HOSTILE_WORDS);
        words.add(ExportDrafts.AWKWARD_WORDS);
        words.add("two lines,\nwith a comma");
        hostile = ExportDrafts.inOwnWords(server, token, person, "getting-out", words);
        fromMat = ExportDrafts.fromAMat(server, token, person);
    }

    @Test
    void theFileIsUtf8WithABomAndANameAndEveryRowHasEveryColumn() {
        Response r = export(plain);
        assertEquals(200, r.status(), r.toString());
        assertEquals("text/csv; charset=utf-8", r.contentType().toLowerCase(java.util.Locale.ROOT));
        assertEquals("attachment; filename=\"twofold-draft-" + plain.get("id").asText() + ".csv\"", r.header("Content-Disposition"));
        assertTrue(r.body().startsWith("\uFEFFdraft_id,status,person_id,element,order,text,person_does,staff_do,lens,baseline,early_change,due,source\r\n"),
            r.body().substring(0, 120));
        List<List<String>> rows = Rfc4180.parse(r.body().substring(1));
        for (List<String> row : rows) {
            assertEquals(13, row.size(), "every row has every column: " + row);
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(List.of(plain.get("id").asText(), "draft", person), row.subList(0, 3));
        }
    }

    @Test
    void thereIsARowForEveryElementOfTheDraft() {
        List<List<String>> rows = Rfc4180.parse(export(plain).body().substring(1));
        assertEquals(List.of("outcome", "1", plain.get("outcome").get("statement").asText()), rows.get(1).subList(3, 6));
        assertEquals(plain.get("milestones").size(), count(rows, "milestone"));
        assertEquals(plain.get("indicators").size(), count(rows, "indicator"));
        assertEquals(plain.get("reviewQuestions").size(), count(rows, "review_question"));
        assertEquals(plain.get("escalation").size(), count(rows, "escalation"));
        assertEquals(plain.get("provenance").size(), count(rows, "provenance"));
        assertEquals(1, count(rows, "why"));
        assertEquals(1, count(rows, "review"));
        assertEquals(1, count(rows, "co_production"));
        assertEquals(plain.get("guidance").get("do").size(), count(rows, "guidance_do"));
        JsonNode step = plain.get("milestones").get(0);
        List<String> first = rows.stream().filter(r -> r.get(3).equals("milestone")).findFirst().orElseThrow();
        assertEquals(List.of(step.get("description").asText(), step.get("personDoes").asText(), step.get("supportDoes").asText()),
            first.subList(5, 8));
        JsonNode indicator = plain.get("indicators").get(0);
        List<String> lens = rows.stream().filter(r -> r.get(3).equals("indicator")).findFirst().orElseThrow();
        assertEquals(List.of(indicator.get("lens").asText(), indicator.get("baseline").asText(), indicator.get("earlyChange").asText()),
            lens.subList(8, 11));
        assertEquals(0, count(rows, "mat"), "no mat row for a draft without one");
        assertEquals(1, count(Rfc4180.parse(export(fromMat).body().substring(1)), "mat"));
    }

    @Test
    void hostileOwnWordsAreKeptButNeverRunAsAFormula() {
        String body = export(hostile).body();
        List<List<String>> rows = Rfc4180.parse(body.substring(1));
        List<String> own = rows.stream().filter(r -> r.get(3).equals("own_words")).map(r -> r.get(5)).toList();
        assertFalse(own.isEmpty(), body);
        for (String words : ExportDrafts.HOSTILE_WORDS) {
            assertTrue(own.contains("'" + words), "kept, behind a quote: " + words + " in " + own);
        }
        assertTrue(own.contains(ExportDrafts.AWKWARD_WORDS), "markup, quotes and emoji kept verbatim: " + own);
        assertTrue(own.contains("two lines,\nwith a comma"), "a line break and a comma stay inside one cell: " + own);
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell that would run: " + cell);
            }
        }
    }

    @Test
    void aCellStartingWithATabOrCarriageReturnIsDisarmedToo() {
        assertEquals("'\tSUM(A1)", CsvCells.cell("\tSUM(A1)"));
        assertEquals("\"'\r=1\"", CsvCells.cell("\r=1"));
        assertEquals("\"'=1,2\"", CsvCells.cell("=1,2"));
        assertEquals("\"a \"\"quote\"\"\"", CsvCells.cell("a \"quote\""));
        assertEquals("1 + 1", CsvCells.cell("1 + 1"), "a formula sign later in a cell is harmless");
    }

    private static long count(List<List<String>> rows, String element) {
        return rows.stream().filter(r -> r.get(3).equals(element)).count();
    }

    private static Response export(JsonNode draft) {
        return server.get("/api/v1/drafts/" + draft.get("id").asText() + "/export.csv", token);
    }
}
