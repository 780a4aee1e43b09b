package org.twofold.speech;

import org.twofold.web.ApiException.Forbidden;
import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.JsonBody;

/** Staff keep their service's pronunciation list: names and local words, and how the voice should say them. */
public final class PronunciationRoutes {
    static final int MAX_ENTRIES = 300;
    static final int MAX_WORD = 60;
    static final int MAX_SAY = 120;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.&/-]*");
    private static final Pattern SAY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.,-]*");

    private final Pronunciations pronunciations;
    private final AuditLog audit;
    private final ObjectMapper json;

    public PronunciationRoutes(Pronunciations pronunciations, AuditLog audit, ObjectMapper json) {
        this.pronunciations = pronunciations;
        this.audit = audit;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/speech/pronunciations", this::show, Role.ADMIN, Role.STAFF);
        routes.put("/api/v1/speech/pronunciations", this::replace, Role.ADMIN, Role.STAFF);
        routes.get("/staff/pronunciations", this::page);
        routes.post("/staff/pronunciations", this::save);
    }

    /** The same list on a staff screen: one row a word, with blank rows to add more. */
    private void page(Context ctx) {
        Principal who = staffOnly(ctx);
        List<Pronunciations.Entry> rows = new ArrayList<>(pronunciations.list(who.serviceId()));
        for (int i = 0; i < 5; i++) {
            rows.add(new Pronunciations.Entry("", ""));
        }
        ctx.render("staff/pronunciations.peb", Map.of("rows", rows, "saved", ctx.queryParam("saved") != null));
    }

    private void save(Context ctx) {
        Principal who = staffOnly(ctx);
        List<String> words = ctx.formParams("word");
        List<String> says = ctx.formParams("say");
        ArrayNode list = json.createArrayNode();
        for (int i = 0; i < words.size(); i++) {
            String say = i < says.size() ? says.get(i) : "";
            if (!words.get(i).isBlank() || !say.isBlank()) {
                list.addObject().put("word", words.get(i)).put("say", say);
            }
        }
        pronunciations.replace(who.serviceId(), entries(list));
        audit.record(who, "pronunciations.update", "service:" + who.serviceId());
        ctx.redirect("/staff/pronunciations?saved", HttpStatus.SEE_OTHER);
    }

    private static Principal staffOnly(Context ctx) {
        Principal who = Access.principal(ctx);
        if (who.role() != Role.ADMIN && who.role() != Role.STAFF) {
            throw new Forbidden("Only staff can change how words are said.");
        }
        return who;
    }

    private void show(Context ctx) {
        ctx.json(Map.of("pronunciations", pronunciations.list(Access.principal(ctx).serviceId())));
    }

    private void replace(Context ctx) {
        Principal who = Access.principal(ctx);
        JsonNode list = JsonBody.of(ctx, json).allowOnly(Set.of("pronunciations")).node("pronunciations");
        List<Pronunciations.Entry> entries = entries(list);
        pronunciations.replace(who.serviceId(), entries);
        audit.record(who, "pronunciations.update", "service:" + who.serviceId());
        ctx.json(Map.of("pronunciations", pronunciations.list(who.serviceId())));
    }

    static List<Pronunciations.Entry> entries(JsonNode list) {
        if (list == null || !list.isArray()) {
            throw new BadRequest("Field 'pronunciations' is required: a list of {\"word\", \"say\"}.");
        }
        if (list.size() > MAX_ENTRIES) {
            throw new BadRequest("Field 'pronunciations' has " + list.size() + " entries; at most " + MAX_ENTRIES + ".");
        }
        List<Pronunciations.Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String at = "pronunciations[" + i + "]";
            if (!e.isObject() || e.size() != 2 || !e.has("word") || !e.has("say")) {
                throw new BadRequest("Field '" + at + "' must be {\"word\", \"say\"} and nothing else.");
            }
            String word = field(e, "word", at, MAX_WORD, WORD, "letters, digits, spaces and ' . & / -, starting with a letter or digit");
            String say = field(e, "say", at, MAX_SAY, SAY, "letters, digits, spaces and ' . , -, starting with a letter or digit");
            if (!seen.add(Pronunciations.key(word))) {
                throw new BadRequest("Field '" + at + ".word': '" + word + "' is already in the list.");
            }
            out.add(new Pronunciations.Entry(word, say));
        }
        return out;
    }

    private static String field(JsonNode entry, String name, String at, int max, Pattern shape, String allowed) {
        JsonNode n = entry.get(name);
        String value = n.isTextual() ? n.asText().strip() : "";
        if (value.isEmpty() || value.length() > max) {
            throw new BadRequest("Field '" + at + "." + name + "' must be text of 1 to " + max + " characters.");
        }
        if (!shape.matcher(value).matches()) {
            throw new BadRequest("Field '" + at + "." + name + "' may hold only " + allowed + ".");
        }
        return value;
    }
}
