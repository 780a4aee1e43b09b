package org.twofold.speech;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.NotFound;

/**
 * A familiar voice: supporters upload, list and delete a person's recordings; the person's tablet
 * plays them. Recordings are personal data: only the person's service and tablet reach them, and every use is audited.
 */
public final class RecordingRoutes {
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Recordings recordings;
    private final PeopleRoutes people;
    private final SymbolCatalogue symbols;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingRoutes(Recordings recordings, PeopleRoutes people, SymbolCatalogue symbols, AuditLog audit, Clock clock) {
        this.recordings = recordings;
        this.people = people;
        this.symbols = symbols;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/people/{id}/recordings", this::upload, Role.ADMIN, Role.STAFF, Role.ADVOCATE);
        routes.get("/api/v1/people/{id}/recordings", this::list, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}/recordings/{recording}", this::play, Access.ACCOUNTS);
        routes.delete("/api/v1/people/{id}/recordings/{recording}", this::delete, Role.ADMIN, Role.STAFF, Role.ADVOCATE);
        routes.get("/api/v1/conversations/{id}/recordings/{recording}", this::playInConversation, Access.ACCOUNTS_AND_TABLET);
        // The same, for the screens: the supporter records in the browser, the tablet plays with its cookie.
        routes.post("/staff/people/{id}/recordings", this::upload);
        routes.get("/person/conversations/{id}/recordings/{recording}", ctx -> {
            // Another conversation's tablet is told there is no such recording, as anyone else is.
            if (!ctx.pathParam("id").equals(Access.principal(ctx).conversationId())) {
                throw new NotFound("There is no recording '" + ctx.pathParam("recording") + "' for this person.");
            }
            playInConversation(ctx);
        });
    }

    private void upload(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        String key = RecordingKey.parse(ctx.queryParam("key"), symbols);
        AudioType type = AudioType.declared(ctx.contentType()).orElseThrow(() -> new SpeechErrors.UnsupportedType(
            "Send the recording as the request body with Content-Type one of " + AudioType.accepted() + "."));
        byte[] audio = body(ctx);
        if (audio.length == 0) {
            throw new BadRequest("The request body is empty: send the recording itself.");
        }
        if (!type.matches(audio)) {
            throw new BadRequest("The file is not " + type.mediaType() + " as declared: its first bytes do not match.");
        }
        Recording saved = recordings.save(new Recording(UUID.randomUUID().toString(), person.id(), key, type.mediaType(),
            audio.length, who.actorId(), Times.format(clock.instant())), audio);
        audit.record(who, "recording.create", "person:" + person.id());
        ctx.status(HttpStatus.CREATED).json(view(saved));
    }

    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        audit.record(who, "recording.list", "person:" + person.id());
        ctx.json(Map.of("recordings", recordings.of(person.id()).stream().map(RecordingRoutes::view).toList()));
    }

    private void play(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        send(ctx, who, find(person.id(), ctx.pathParam("recording")));
    }

    private void playInConversation(Context ctx) {
        Principal who = Access.principal(ctx);
        String conversation = ctx.pathParam("id");
        String personId = people.ofConversation(who, conversation).id();
        send(ctx, who, find(personId, ctx.pathParam("recording")));
    }

    private void delete(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        recordings.delete(find(person.id(), ctx.pathParam("recording")));
        audit.record(who, "recording.delete", "person:" + person.id());
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private Recording find(String personId, String recordingId) {
        return recordings.find(personId, recordingId)
            .orElseThrow(() -> new NotFound("There is no recording '" + recordingId + "' for this person."));
    }

    private void send(Context ctx, Principal who, Recording r) {
        byte[] audio = recordings.audio(r);
        audit.record(who, "recording.read", "person:" + r.personId());
        // Personal data: never kept by a shared tablet's browser or a proxy.
        ctx.header("Cache-Control", "private, no-store");
        AudioResponse.send(ctx, audio, r.contentType());
    }

    /** The body, read no further than the limit, so an oversized upload is refused without being held in memory. */
    private static byte[] body(Context ctx) {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] audio = in.readNBytes(MAX_BYTES + 1);
            if (audio.length > MAX_BYTES) {
                throw new SpeechErrors.TooLarge("A recording may be at most 2 MB; record a shorter clip.");
            }
            return audio;
        } catch (IOException e) {
            throw new BadRequest("The upload could not be read to its end: " + e.getMessage());
        }
    }

    private static Map<String, Object> view(Recording r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("key", r.key());
        out.put("contentType", r.contentType());
        out.put("size", r.size());
        out.put("createdBy", r.createdBy());
        out.put("createdAt", r.createdAt());
        out.put("audio", "/api/v1/people/" + r.personId() + "/recordings/" + r.id());
        return out;
    }
}
