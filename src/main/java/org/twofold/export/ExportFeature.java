package org.twofold.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.twofold.dialogue.Dialogues;
import org.twofold.draft.DraftStore;
import org.twofold.draft.OpenDraft;
import org.twofold.security.AuditLog;
import org.twofold.store.Database;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Feature;
import org.twofold.web.Pages;

/**
 * A draft out of Twofold: by its id, and as JSON in its own schema, an HL7 FHIR R4 bundle, CSV, a PDF of the
 * plan section for staff, and an easy-read PDF for the person.
 */
public final class ExportFeature implements Feature {
    private final ExportRoutes routes;
    private final PullList pullList;

    /** Where the easy-read PDF finds its pictures and words: the symbols, the dialogues' read-back, the mats' pictures. */
    public record Pictures(SymbolCatalogue symbols, Dialogues dialogues, Database db) {}

    /** @param publicUrl where people reach the server (null: the address a request came to), for the schema's URL */
    public ExportFeature(DraftStore drafts, OpenDraft openDraft, AuditLog audit, ObjectMapper json, Clock clock, String publicUrl,
                         Pictures pictures, Pages pages) {
        this.pullList = new PullList(drafts, audit);
        this.routes = new ExportRoutes(openDraft, json, clock, publicUrl,
            new EasyReadPdf(new PdfPictures(pictures.symbols(), pictures.db()), pictures.dialogues()), pages);
    }

    @Override
    public void register(RoutesConfig routes) {
        this.routes.register(routes);
        pullList.register(routes);
    }
}
