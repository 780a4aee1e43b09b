package org.twofold.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.twofold.ApiTest;
import org.twofold.TestServer.Response;
import org.twofold.draft.Plans;

/**
 * A plan agreed, approved, and superseded by its next version: each export says where it stands. The FHIR
 * goal is accepted once approved and its care plan active, a superseded one revoked and naming what replaced
 * it; the JSON carries the record, version, agreement and approval and still follows its schema; both PDFs
 * say the status, the easy-read one in easy words.
 */
class EveryExportSaysWhereThePlanStands extends ApiTest {
    private static JsonNode agreed;
    private static JsonNode superseded;
    private static JsonNode approvedVersion;

    @BeforeAll
    static void takePlansOn() {
        Plans plans = new Plans(server, token);
        List<JsonNode> walked = ExportDrafts.walked(server, token, person, List.of("getting-out", "my-medicines"));
        agreed = plans.agreed(walked.get(0));
        JsonNode first = plans.approved(plans.agreed(plans.everyPartWorded(walked.get(1))));
        approvedVersion = plans.approved(plans.agreed(plans.newVersion(first)));
        superseded = plans.current(first);
        assertEquals("superseded", superseded.get("status").asText());
    }

    @Test
    void everyFhirBundleValidatesAndSaysTheStatus() {
        FhirRules fhir = new FhirRules();
        List<String> errors = new ArrayList<>();
        String[][] expected = {{"proposed", "draft"}, {"accepted", "active"}, {"cancelled", "revoked"}};
        JsonNode[] plans = {agreed, approvedVersion, superseded};
        for (int i = 0; i < plans.length; i++) {
            Response r = server.get("/api/v1/drafts/" + plans[i].get("id").asText() + "/export.fhir.json", token);
            assertEquals(200, r.status(), r.toString());
            errors.addAll(fhir.errors(plans[i].get("status").asText(), r.body()));
            JsonNode bundle = r.json();
            assertEquals(expected[i][0], resource(bundle, "Goal").get("lifecycleStatus").asText());
            assertEquals(expected[i][1], resource(bundle, "CarePlan").get("status").asText());
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
        JsonNode plan = resource(server.get("/api/v1/drafts/" + approvedVersion.get("id").asText() + "/export.fhir.json", token).json(), "CarePlan");
        assertEquals(superseded.get("id").asText(), plan.get("replaces").get(0).get("identifier").get("value").asText());
        assertTrue(plan.get("identifier").toString().contains(approvedVersion.get("recordId").asText() + "/2"), plan.get("identifier").toString());
    }

    @Test
    void theJsonCarriesTheRecordTheAgreementAndTheApproval() {
        Response published = server.get("/api/v1/schemas/twofold-draft-1.json", null);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(published.json());
        for (JsonNode plan : List.of(agreed, approvedVersion, superseded)) {
            JsonNode out = server.get("/api/v1/drafts/" + plan.get("id").asText() + "/export.json", token).json();
            assertTrue(schema.validate(out).isEmpty(), schema.validate(out).toString());
            assertEquals(plan.get("status"), out.get("status"));
            assertEquals(plan.get("recordId"), out.get("recordId"));
            assertEquals(plan.get("version"), out.get("version"));
            assertEquals("yes", out.get("agreement").get("answer").asText());
        }
        JsonNode approved = server.get("/api/v1/drafts/" + approvedVersion.get("id").asText() + "/export.json", token).json();
        assertEquals(2, approved.get("version").asInt());
        assertTrue(approved.get("approval").get("at").asText().length() > 0);
    }

    @Test
    void bothPdfsSayTheStatus() {
        String[] easy = {"I agreed this plan with staff.", "Staff have approved it."};
        JsonNode[] plans = {agreed, approvedVersion};
        for (int i = 0; i < plans.length; i++) {
            String id = plans[i].get("id").asText();
            PdfText easyRead = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + id + "/easy-read.pdf", token), "easy-read-" + i);
            assertTrue(easyRead.text.replaceAll("\\s+", " ").contains(easy[i]), easyRead.text);
            PdfText staff = PdfText.of(PdfText.fetch(server, "/api/v1/drafts/" + id + "/export.pdf", token), "plan-" + i);
            assertTrue(staff.text.contains(plans[i].get("status").asText()), staff.text);
        }
    }

    private static JsonNode resource(JsonNode bundle, String type) {
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.get("resource").get("resourceType").asText().equals(type)) {
                return entry.get("resource");
            }
        }
        throw new AssertionError("no " + type + " in " + bundle);
    }
}
