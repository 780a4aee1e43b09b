package org.twofold.security;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;

/**
 * What an admin asks of the audit log: about which person, by whom (a username), which kind of action,
 * from and to which days (UK dates, both included) and which page. Each is optional; none means all.
 */
public record AuditFilter(String person, String actor, String action, LocalDate from, LocalDate to, int page) {
    static final int MAX_PAGE = 1_000_000;
    static final Labels LABELS = Labels.of(
        "person", "Person",
        "actor", "Who",
        "action", "What was done",
        "from", "From",
        "to", "To");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * The filter in a request's query. On a screen ({@code gather}) every problem is noted in the words of the
     * form's labels and the form refused together; on the API the first problem refuses at once, naming its field.
     */
    static AuditFilter read(FormFields form, boolean gather) {
        Reading r = new Reading(form, gather);
        String person = r.text("person");
        String actor = r.text("actor");
        String action = r.text("action");
        LocalDate from = r.day("from");
        LocalDate to = r.day("to");
        if (from != null && to != null && to.isBefore(from)) {
            r.refuse(new BadField("to", "Field 'to' must be the same day as 'from' or later.",
                "{label} must be the same day as the From date or later."));
        }
        Integer page = r.page();
        if (gather) {
            form.refuseIfWrong();
        }
        return new AuditFilter(person, actor, action, from, to, page == null ? 1 : page);
    }

    /** The first moment of the From day, in UK time, as the log writes times; null when there is no From. */
    String fromTime() {
        return from == null ? null : Times.format(from.atStartOfDay(UK).toInstant());
    }

    /** The first moment after the To day, so that the whole To day is included; null when there is no To. */
    String beforeTime() {
        return to == null ? null : Times.format(to.plusDays(1).atStartOfDay(UK).toInstant());
    }

    AuditFilter onPage(int other) {
        return new AuditFilter(person, actor, action, from, to, other);
    }

    /** The filters as a query string (page included when not the first), for links that keep them. */
    String query() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("person", person);
        q.put("actor", actor);
        q.put("action", action);
        q.put("from", from == null ? null : from.toString());
        q.put("to", to == null ? null : to.toString());
        q.put("page", page > 1 ? String.valueOf(page) : null);
        StringBuilder out = new StringBuilder();
        q.forEach((name, value) -> {
            if (value != null) {
                out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    /** The same filters for every page: what the CSV export takes. */
    String queryOfAllPages() {
        return onPage(1).query();
    }

    /** The values the form shows, as they were asked for. */
    Map<String, Object> shown() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("person", person);
        m.put("actor", actor);
        m.put("action", action);
        m.put("from", from);
        m.put("to", to);
        return m;
    }

    private record Reading(FormFields form, boolean gather) {
        String text(String name) {
            Optional<String> v = read(() -> form.optionalText(name, 200));
            return v == null ? null : v.orElse(null);
        }

        LocalDate day(String name) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                refuse(new BadField(name, "Field '" + name + "' must be a date written as YYYY-MM-DD, such as 2026-11-28.",
                    "{label} must be a real date, such as 28 11 2026."));
                return null;
            }
        }

        Integer page() {
            if (!form.has("page")) {
                return 1;
            }
            try {
                return form.integer("page", 1, MAX_PAGE);
            } catch (BadField e) {
                if (!gather) {
                    throw e;
                }
                form.problem(null, "The page number must be a whole number from 1 to " + MAX_PAGE + ".");
                return null;
            }
        }

        void refuse(BadField e) {
            if (!gather) {
                throw e;
            }
            form.problem(e.field(), e.onScreen());
        }

        private <T> T read(Supplier<T> reading) {
            return gather ? form.check(reading) : reading.get();
        }
    }
}
