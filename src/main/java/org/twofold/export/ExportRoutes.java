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
import org.twofold.draft.OpenDraft;
import org.twofold.people.Person;
import org.twofold.security.Access;
import org.twofold.web.Pages;

/**
 * A draft by its id, and its exports (JSON in its own schema, a FHIR R4 bundle, CSV, the staff PDF and the
 * person's easy-read PDF), for the accounts of the person's service (the exports also for its care-record
 * systems' tokens); every view and export is in the audit log. The schema itself is open to all.
 */
final class ExportRoutes {
    private static final String SCHEMA_RESOURCE = "/export/twofold-draft-1.json";

    private final OpenDraft openDraft;
    private final ObjectMapper json;
    private final Clock clock;
    private final String publicUrl;
    private final String schema;
    private final DraftJsonExport jsonExport;
    private final FhirBundle fhirBundle = new FhirBundle();
    private final DraftCsv csv = new DraftCsv();
    private final Pages pages;
    private final PdfDocument pdf = new PdfDocument();
    private final EasyReadPdf easyRead;

    ExportRoutes(OpenDraft openDraft, ObjectMapper json, Clock clock, String publicUrl,
                 EasyReadPdf easyRead, Pages pages) {
        this.pages = pages;
        this.openDraft = openDraft;
        this.json = json;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.schema = readSchema();
        this.jsonExport = new DraftJsonExport(json);
        this.easyRead = easyRead;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/drafts/{id}", this::draft, Access.ACCOUNTS);
        routes.get("/api/v1/drafts/{id}/export.json", this::exportJson, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/export.fhir.json", this::exportFhir, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/export.csv", this::exportCsv, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/export.pdf", this::exportPdf, Access.EXPORTS);
        routes.get("/api/v1/drafts/{id}/easy-read.pdf", this::exportEasyRead, Access.EXPORTS);
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

    private void exportPdf(Context ctx) {
        ExportedDraft e = open(ctx, "draft.export.pdf");
        send(ctx, PdfDocument.MEDIA_TYPE, pdf.pdf(pages.render(PlanPdf.TEMPLATE, PlanPdf.model(e, easyRead.topic(e.draft().dialogue())))), e, "pdf");
    }

    private void exportEasyRead(Context ctx) {
        ExportedDraft e = open(ctx, "draft.export.easy-read");
        send(ctx, PdfDocument.MEDIA_TYPE, pdf.pdf(pages.render(EasyReadPdf.TEMPLATE, easyRead.model(e))), e, "easy-read.pdf");
    }

    /** The draft, if the caller may see its person (else 404, as for an unknown id), with the view audited. */
    private ExportedDraft open(Context ctx, String action) {
        OpenDraft.Opened o = openDraft.byId(Access.principal(ctx), ctx.pathParam("id"), action);
        Person person = o.person();
        String name = person.preferredName() != null && !person.preferredName().isBlank() ? person.preferredName() : person.name();
        return new ExportedDraft(o.draft(), name, clock.instant());
    }

    private static void send(Context ctx, String type, String body, ExportedDraft e, String extension) {
        send(ctx, type.contains("charset") ? type : type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), e, extension);
    }

    private static void send(Context ctx, String type, byte[] body, ExportedDraft e, String extension) {
        ctx.header("Content-Disposition", "attachment; filename=\"twofold-draft-" + safe(e.draft().id()) + "." + extension + "\"");
        ctx.contentType(type).result(body);
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
