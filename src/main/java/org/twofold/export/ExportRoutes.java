package org.twofold.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStore;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.web.ApiException.NotFound;

/**
 * A draft by its id, and its exports (JSON in its own schema, a FHIR R4 bundle, CSV), for the accounts of
 * the person's service (the exports also for its care-record systems' tokens); every view and export is in the audit log.
 * The schema itself is open to all.
 */
final class ExportRoutes {
    private static final String SCHEMA_RESOURCE = "/export/twofold-draft-1.json";

    private final DraftStore drafts;
    private final PeopleRoutes people;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;
    private final String schema;
    private final DraftJsonExport jsonExport;
    private final FhirBundle fhirBundle = new FhirBundle();
    private final DraftCsv csv = new DraftCsv();

    ExportRoutes(DraftStore drafts, PeopleRoutes people, AuditLog audit, ObjectMapper json, Clock clock, String publicUrl) {
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.schema = readSchema();
        this.jsonExport = new DraftJsonExport(json);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/drafts/{id}", this::draft, Access.ACCOUNTS);
        routes.get("/api/v1/drafts/{id}/export.json", this::exportJson, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/export.fhir.json", this::exportFhir, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/export.csv", this::exportCsv, Access.EXPORTS);
        routes.get(DraftJsonExport.SCHEMA_PATH, ctx -> ctx.contentType("application/schema+json").result(schema));
    }

    private void draft(Context ctx) {
        ExportedDraft e = open(ctx, "draft.read");
        ctx.json(e.draft());
    }

    private void exportJson(Context ctx) {
        ExportedDraft e = open(ctx, "draft.export.json");
        JsonNode out = jsonExport.export(e, schemaUrl(ctx));
        send(ctx, "application/json", write(out), e, "json");
    }

    private void exportFhir(Context ctx) {
        ExportedDraft e = open(ctx, "draft.export.fhir");
        send(ctx, FhirBundle.MEDIA_TYPE, write(fhirBundle.bundle(e)), e, "fhir.json");
    }

    private void exportCsv(Context ctx) {
        ExportedDraft e = open(ctx, "draft.export.csv");
        send(ctx, DraftCsv.MEDIA_TYPE, csv.csv(e), e, "csv");
    }

    /** The draft, if the caller's service holds its person (else 404, as for an unknown id), with the view audited. */
    private ExportedDraft open(Context ctx, String action) {
        Principal who = Access.principal(ctx);
        String id = ctx.pathParam("id");
        Draft draft = drafts.find(id).orElseThrow(() -> unknown(id));
        Person person;
        try {
            person = people.find(who, draft.personId());
        } catch (NotFound otherService) {
            throw unknown(id);
        }
        audit.record(who, action, "draft:" + draft.id());
        String name = person.preferredName() != null && !person.preferredName().isBlank() ? person.preferredName() : person.name();
        return new ExportedDraft(draft, name, clock.instant());
    }

    private static NotFound unknown(String id) {
        return new NotFound("There is no draft '" + id + "'.");
    }

    private static void send(Context ctx, String type, String body, ExportedDraft e, String extension) {
        ctx.header("Content-Disposition", "attachment; filename=\"twofold-draft-" + safe(e.draft().id()) + "." + extension + "\"");
        ctx.contentType(type.contains("charset") ? type : type + "; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A draft id as it may stand in a file name: letters, digits and dashes. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "_");
    }

    private String schemaUrl(Context ctx) {
        String base = publicUrl != null ? publicUrl : ctx.scheme() + "://" + ctx.host();
        return base.replaceAll("/+$", "") + DraftJsonExport.SCHEMA_PATH;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An export could not be written as JSON", e);
        }
    }

    private static String readSchema() {
        try (InputStream in = ExportRoutes.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The draft export schema is missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
