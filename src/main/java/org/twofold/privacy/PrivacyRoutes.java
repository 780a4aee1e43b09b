package org.twofold.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.speech.Recordings;
import org.twofold.speech.Speech;
import org.twofold.store.Database;
import org.twofold.store.Times;

/**
 * A person's rights over their data, for admins only: GET /api/v1/people/{id}/export (everything held about
 * them, recordings included, for a subject access request) and DELETE /api/v1/people/{id} (erasure).
 * Both are audited; the erasure's entry names who erased and the person's id, never what was erased.
 */
public final class PrivacyRoutes {
    static final String FORMAT = "twofold-subject-access-1";

    private final Database db;
    private final PersonRecords records;
    private final Erasure erasure;
    private final PeopleRoutes people;
    private final Recordings recordings;
    private final Speech speech;
    private final AuditLog audit;
    private final Clock clock;

    public PrivacyRoutes(Database db, PeopleRoutes people, Recordings recordings, Speech speech, AuditLog audit, ObjectMapper json,
                         Clock clock) {
        this.db = db;
        this.records = new PersonRecords(json);
        this.erasure = new Erasure(db, records, recordings, speech, audit);
        this.people = people;
        this.recordings = recordings;
        this.speech = speech;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/people/{id}/export", this::export, Role.ADMIN);
        routes.delete("/api/v1/people/{id}", this::erase, Role.ADMIN);
    }

    @SuppressWarnings("unchecked")
    private void export(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", FORMAT);
        out.put("exportedAt", Times.format(clock.instant()));
        speech.saveWaitingClips();
        db.read(tx -> {
            out.put("person", records.person(tx, person.id()).orElseThrow());
            out.put("conversations", records.conversations(tx, person.id()));
            out.put("recordings", records.recordings(tx, person.id()));
            out.put("photoCards", records.photoCards(tx, person.id()));
            out.put("photo", records.photo(tx, person.id()).orElse(null));
            out.put("advocates", records.advocates(tx, person.id()));
            out.put("spokenTexts", speech.spokenFor(tx, person.id()));
            out.put("audit", records.audit(tx, person.id()));
            return null;
        });
        withAudio((List<Map<String, Object>>) out.get("recordings"));
        audit.record(who, "person.export", "person:" + person.id());
        ctx.header("Content-Disposition", "attachment; filename=\"person-" + person.id() + ".json\"");
        ctx.json(out);
    }

    /** Each recording's facts with its audio, base64-encoded, so the export is one file. */
    private void withAudio(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            String personId = (String) row.get("personId");
            String id = (String) row.get("id");
            row.put("audioBase64", recordings.find(personId, id).map(r -> Base64.getEncoder().encodeToString(recordings.audio(r)))
                .orElse(null));
        }
    }

    private void erase(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        erasure.erase(who, person.id());
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
