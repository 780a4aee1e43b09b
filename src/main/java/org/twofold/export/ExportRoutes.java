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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.draft.Draft;
import org.twofold.draft.DraftStatus;
import org.twofold.draft.DraftStore;
import org.twofold.draft.OpenDraft;
import org.twofold.people.Person;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadRequest;

/**
 * A draft by its id, and its exports (JSON in its own schema, a FHIR R4 bundle, CSV), for the accounts of
 * the person's service; every view and export is in the audit log. The schema itself is open to all.
 */
final class ExportRoutes {
    private static final String SCHEMA_RESOURCE = "/export/twofold-draft-1.json";

    private final DraftStore drafts;
    private final OpenDraft openDraft;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;
    private final String schema;
    private final DraftJsonExport jsonExport;
    private final FhirBundle fhirBundle = new FhirBundle();
    private final DraftCsv csv = new DraftCsv();

    ExportRoutes(DraftStore drafts, OpenDraft openDraft, AuditLog audit, ObjectMapper json, Clock clock, String publicUrl) {
        this.drafts = drafts;
        this.openDraft = openDraft;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.schema = readSchema();
        this.jsonExport = new DraftJsonExport(json);
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/drafts", this::pull, Role.ADMIN, Role.STAFF);
        routes.get("/api/v1/drafts/{id}", this::draft, Access.ACCOUNTS);
        routes.get("/api/v1/drafts/{id}/export.json", this::exportJson, Access.ACCOUNTS);
        routes.get("/api/v1/drafts/{id}/export.fhir.json", this::exportFhir, Access.ACCOUNTS);
        routes.get("/api/v1/drafts/{id}/export.csv", this::exportCsv, Access.ACCOUNTS);
        routes.get(DraftJsonExport.SCHEMA_PATH, ctx -> ctx.contentType("application/schema+json").result(schema));
    }

    private void draft(Context ctx) {
        ExportedDraft e = open(ctx, "draft.read");
        ctx.json(e.draft());
    }

    /**
     * The drafts of the caller's service that reached a status (approved unless asked) at or after a moment,
     * oldest first, with where to fetch each: what a care-record system pulls to take in new work.
     */
    private void pull(Context ctx) {
        Principal who = Access.principal(ctx);
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse(DraftStatus.APPROVED.code());
        if (!DraftStatus.known(status)) {
            throw new BadRequest("'status' must be draft, agreed, approved or superseded.");
        }
        String since = Optional.ofNullable(ctx.queryParam("since")).map(ExportRoutes::moment).orElse(null);
        List<Map<String, Object>> found = new ArrayList<>();
        for (Draft d : drafts.reached(who.serviceId(), status, since)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", d.id());
            item.put("recordId", d.recordId());
            item.put("version", d.version());
            item.put("status", d.status());
            item.put("statusAt", d.statusAt());
            item.put("personId", d.personId());
            item.put("statement", d.outcome().statement());
            String at = "/api/v1/drafts/" + d.id();
            item.put("links", Map.of("self", at, "json", at + "/export.json", "fhir", at + "/export.fhir.json", "csv", at + "/export.csv"));
            found.add(item);
        }
        audit.record(who, "draft.list", "service:" + who.serviceId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("since", since);
        out.put("drafts", found);
        ctx.json(out);
    }

    /** A moment as sent ("2026-11-28T10:00:00Z"), kept in the store's own form so that it compares as text. */
    private static String moment(String text) {
        try {
            return Times.format(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new BadRequest("'since' must be a moment such as 2026-11-28T10:00:00Z.");
        }
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

    /** The draft, if the caller may see its person (else 404, as for an unknown id), with the view audited. */
    private ExportedDraft open(Context ctx, String action) {
        OpenDraft.Opened o = openDraft.byId(Access.principal(ctx), ctx.pathParam("id"), action);
        Person person = o.person();
        String name = person.preferredName() != null && !person.preferredName().isBlank() ? person.preferredName() : person.name();
        return new ExportedDraft(o.draft(), name, clock.instant());
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
