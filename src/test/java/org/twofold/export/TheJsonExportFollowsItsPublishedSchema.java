package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;

/**
 * The JSON export names its schema, twofold-draft-1, which the server publishes as a JSON Schema (2020-12);
 * drafts from several dialogues, awkward own words and a picture board all validate against it, and carry
 * the status, the person, every part, the provenance, the co-production and the mat.
 */
class TheJsonExportFollowsItsPublishedSchema extends ApiTest {
    private static Schema schema;
    private static List<JsonNode> drafts;
    private static JsonNode fromMat;

    @BeforeAll
    static void makeDrafts() {
        Response published = server.get("/api/v1/schemas/twofold-draft-1.json", null);
        assertEquals(200, published.status(), "the schema is published to anyone: " + published);
        assertTrue(published.contentType().startsWith("application/schema+json"), published.contentType());
        JsonNode document = published.json();
        assertEquals("https://json-schema.org/draft/2020-12/schema", document.get("$schema").asText());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(document);
        drafts = new ArrayList<>(ExportDrafts.walked(server, token, person, List.of("home-and-money", "health-and-feelings", "plans-change")));
        drafts.add(ExportDrafts.inOwnWords(server, token, person, "beliefs-and-culture", List.of(ExportDrafts.AWKWARD_WORDS)));
        fromMat = ExportDrafts.fromAMat(server, token, person);
        drafts.add(fromMat);
    }

    @Test
    void everyExportValidatesAgainstThePublishedSchema() {
        List<String> errors = new ArrayList<>();
        for (JsonNode draft : drafts) {
            Response r = export(draft);
            assertEquals(200, r.status(), r.toString());
            assertTrue(r.contentType().startsWith("application/json"), r.contentType());
            schema.validate(r.json()).forEach(e -> errors.add(draft.get("dialogue").asText() + ": " + e));
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void theExportNamesItsSchemaAndCarriesTheDraftWhole() {
        JsonNode draft = drafts.get(0);
        JsonNode out = export(draft).json();
        assertEquals("twofold-draft-1", out.get("schema").asText());
        assertEquals(server.url("/api/v1/schemas/twofold-draft-1.json"), out.get("schemaUrl").asText());
        assertEquals("draft", out.get("status").asText());
        assertEquals(person, out.get("person").get("id").asText());
        assertEquals("Jo", out.get("person").get("preferredName").asText());
        for (String part : List.of("outcome", "milestones", "indicators", "reviewQuestions", "escalation", "guidance",
            "needsWording", "openQuestions", "coProduction", "provenance", "edits")) {
            assertEquals(draft.get(part), out.get(part), part + " goes out as the draft holds it");
        }
        assertTrue(out.get("coProductionSummary").asText().contains("Alex Advocate (advocate)"), out.get("coProductionSummary").asText());
        assertTrue(out.get("mat").isNull(), "a draft from a dialogue alone has no mat");
    }

    @Test
    void aDraftFromAPictureBoardCarriesItsMat() {
        JsonNode out = export(fromMat).json();
        assertEquals(fromMat.get("mat"), out.get("mat"));
        assertEquals("my-day", out.get("mat").get("board").asText());
    }

    @Test
    void anExportThatBrokeTheSchemaWouldBeCaught() {
        ObjectNode broken = (ObjectNode) export(drafts.get(1)).json();
        broken.put("schema", "twofold-draft-2");
        broken.remove("status");
        ((ObjectNode) broken.get("outcome")).put("earlyChangeWeeks", "six");
        String errors = schema.validate(broken).toString();
        assertFalse(schema.validate(broken).isEmpty());
        for (String where : List.of("schema", "status", "earlyChangeWeeks")) {
            assertTrue(errors.contains(where), where + " is caught: " + errors);
        }
    }

    private static Response export(JsonNode draft) {
        return server.get("/api/v1/drafts/" + draft.get("id").asText() + "/export.json", token);
    }
}
