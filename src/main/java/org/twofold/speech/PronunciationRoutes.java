package org.twofold.speech;

import io.javalin.http.HttpStatus;
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
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;
import org.twofold.web.JsonBody;

/** Staff keep their service's pronunciation list: names and local words, and how the voice should say them. */
public final class PronunciationRoutes {
    static final int MAX_ENTRIES = 300;
    static final int MAX_WORD = 60;
    static final int MAX_SAY = 120;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.&/-]*");
    private static final Pattern SAY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.,-]*");
    private static final int BLANK_ROWS = 5;
    /** The screen's rows: word-0 is labelled "Word 1", say-0 "Say word 1 as". */
    private static final Labels ROWS = field -> {
        if (field.matches("(word|say)-\\d{1,3}")) {
            int row = Integer.parseInt(field.substring(field.indexOf('-') + 1)) + 1;
            return field.startsWith("word") ? "Word " + row : "Say word " + row + " as";
        }
        return null;
    };

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
        routes.post("/staff/pronunciations", Forms.submit(ROWS, this::save, this::again));
    }

    /** The same list on a staff screen: one row a word, with blank rows to add more. */
    private void page(Context ctx) {
        Principal who = staffOnly(ctx);
        List<Pronunciations.Entry> rows = new ArrayList<>(pronunciations.list(who.serviceId()));
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Pronunciations.Entry("", ""));
        }
        ctx.render("staff/pronunciations.peb", Map.of("rows", rows, "listForm", Form.showing(Map.of()),
            "saved", ctx.queryParam("saved") != null));
    }

    /** The list again as typed, every row in its place, with what is wrong beside each field. */
    private void again(Context ctx, Form refused) {
        staffOnly(ctx);
        List<String> words = refused.values("word");
        List<Pronunciations.Entry> rows = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            rows.add(new Pronunciations.Entry(words.get(i), refused.value("say", i)));
        }
        ctx.render("staff/pronunciations.peb", Map.of("rows", rows, "listForm", refused, "saved", false));
    }

    private void save(Context ctx, FormFields form) {
        Principal who = staffOnly(ctx);
        List<String> words = form.values("word");
        List<String> says = form.values("say");
        List<Pronunciations.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).strip();
            String say = i < says.size() ? says.get(i).strip() : "";
            if (word.isEmpty() && say.isEmpty()) {
                continue;
            }
            boolean wordFits = fits(form, "word-" + i, word, MAX_WORD, WORD, "' . & / -");
            boolean sayFits = fits(form, "say-" + i, say, MAX_SAY, SAY, "' . , -");
            if (wordFits && !seen.add(Pronunciations.key(word))) {
                form.problem("word-" + i, "{label} is already in the list above: each word goes in once.");
            }
            if (wordFits && sayFits) {
                entries.add(new Pronunciations.Entry(word, say));
            }
        }
        if (entries.size() > MAX_ENTRIES) {
            form.problem(null, "The list can hold " + MAX_ENTRIES + " words at most. Please take some out.");
        }
        form.refuseIfWrong();
        pronunciations.replace(who.serviceId(), entries);
        audit.record(who, "pronunciations.update", "service:" + who.serviceId());
        ctx.redirect("/staff/pronunciations?saved", HttpStatus.SEE_OTHER);
    }

    /** The screen's check of one field: the same rules as the API's, said in the words of its label. */
    private static boolean fits(FormFields form, String field, String value, int max, Pattern shape, String marks) {
        if (value.isEmpty()) {
            form.problem(field, "{label} must be filled in.");
        } else if (value.length() > max) {
            form.problem(field, "{label} must be " + max + " characters or fewer.");
        } else if (!shape.matcher(value).matches()) {
            form.problem(field, "{label} can only have letters, numbers, spaces and " + marks + ", and must start with a letter or number.");
        } else {
            return true;
        }
        return false;
    }

    private static Principal staffOnly(Context ctx) {
        return Access.principal(ctx).onlyAs("Only staff can change how words are said.", Role.ADMIN, Role.STAFF);
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
