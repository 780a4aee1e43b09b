package org.twofold.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Set;
import org.twofold.people.PeopleRoutes;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.JsonBody;

/**
 * Audio by content address, and audio URLs for texts beyond the steps: accounts at /api/v1/speech, a tablet within
 * its conversation. The dialogues' fixed words are public and cached for ever (an id always means the same sound);
 * audio of any other words, which may be a person's own, is sent only to its conversation's tablet or an account of
 * its service, never kept by a browser or proxy, and is not found by anyone else.
 */
public final class SpeechRoutes {
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";
    private static final String PERSONAL = "private, no-store";

    private final Speech speech;
    private final PeopleRoutes people;
    private final SymbolCatalogue symbols;
    private final AuditLog audit;
    private final ObjectMapper json;

    public SpeechRoutes(Speech speech, PeopleRoutes people, SymbolCatalogue symbols, AuditLog audit, ObjectMapper json) {
        this.speech = speech;
        this.audit = audit;
        this.people = people;
        this.symbols = symbols;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/audio/{file}", this::audio);
        routes.post("/api/v1/speech", this::forAccount, Access.ACCOUNTS);
        routes.post("/api/v1/conversations/{id}/speech", this::forConversation, Access.ACCOUNTS_AND_TABLET);
        routes.get("/api/v1/speech/audio/{file}", this::serviceAudio, Access.ACCOUNTS);
        routes.get("/api/v1/conversations/{id}/audio/{file}", this::conversationAudio, Access.ACCOUNTS_AND_TABLET);
        // The same for the screens, with their cookies: the tablet's (see speak.peb) and a signed-in staff member's.
        routes.get("/person/conversations/{id}/audio/{file}", this::conversationAudio);
        routes.get("/staff/conversations/{id}/audio/{file}", this::conversationAudio);
    }

    private void audio(Context ctx) {
        String id = idOf(ctx);
        speech.issued(id, null);
        String etag = "\"" + id + "\"";
        String asked = ctx.header("If-None-Match");
        if (asked != null && asked.contains(etag)) {
            ctx.header("ETag", etag).header("Cache-Control", ONE_YEAR).status(HttpStatus.NOT_MODIFIED);
            return;
        }
        byte[] wav = speech.wav(id);
        ctx.header("ETag", etag).header("Cache-Control", ONE_YEAR);
        AudioResponse.send(ctx, wav, "audio/wav");
    }

    private void serviceAudio(Context ctx) {
        sendPersonal(ctx, speech.wav(idOf(ctx), Speech.serviceScope(Access.principal(ctx).serviceId())));
    }

    /** A conversation's own audio, for its tablet or an account of its service; anyone else is told there is none. */
    private void conversationAudio(Context ctx) {
        Principal who = Access.principal(ctx);
        String conversation = ctx.pathParam("id");
        boolean mine = who.isTablet() ? conversation.equals(who.conversationId()) : people.reaches(who, conversation);
        if (!mine) {
            throw new NotFound("There is no audio '" + ctx.pathParam("file") + "'.");
        }
        byte[] wav = speech.wav(idOf(ctx), Speech.conversationScope(conversation));
        if (!who.isTablet()) {
            // The person's own tablet hears its words; anyone else hearing them is a read of their data.
            audit.record(who, "speech.read", "conversation:" + conversation);
        }
        sendPersonal(ctx, wav);
    }

    private static void sendPersonal(Context ctx, byte[] wav) {
        ctx.header("Cache-Control", PERSONAL);
        AudioResponse.send(ctx, wav, "audio/wav");
    }

    private static String idOf(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(".wav")) {
            throw new NotFound("There is no audio '" + file + "'.");
        }
        return file.substring(0, file.length() - 4);
    }

    private void forAccount(Context ctx) {
        Principal who = Access.principal(ctx);
        Request r = read(ctx);
        answer(ctx, speech.urlFor(r.text(), r.symbol(), Listener.ofService(who.serviceId(), r.rate())));
    }

    private void forConversation(Context ctx) {
        Principal who = Access.principal(ctx);
        String conversation = ctx.pathParam("id");
        String person = people.ofConversation(who, conversation).id();
        Request r = read(ctx);
        answer(ctx, speech.urlFor(r.text(), r.symbol(), new Listener(who.serviceId(), person, conversation, r.rate())));
    }

    private record Request(String text, Rate rate, String symbol) {}

    private Request read(Context ctx) {
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("text", "rate", "symbol"));
        String text = body.text("text", Speech.MAX_TEXT);
        String code = body.optionalText("rate", 20).orElse(Rate.NORMAL.code());
        Rate rate = Rate.fromCode(code).orElseThrow(() -> new BadRequest("Field 'rate' must be 'slower' or 'normal', not '" + code + "'."));
        String symbol = body.optionalText("symbol", 100).orElse(null);
        if (symbol != null && !symbols.has(symbol)) {
            throw new BadRequest("Field 'symbol': there is no symbol '" + symbol + "'. See GET /api/v1/symbols.");
        }
        return new Request(text, rate, symbol);
    }

    private static void answer(Context ctx, String url) {
        if (url == null) {
            throw new SpeechErrors.Unavailable("Speech could not be made for this text just now.");
        }
        ctx.json(Map.of("audio", url));
    }
}
