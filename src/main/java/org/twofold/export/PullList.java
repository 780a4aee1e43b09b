package org.twofold.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
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
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadRequest;

/** GET /api/v1/drafts?status=approved&since=: the new work a care-record system pulls, with where to fetch each plan. */
final class PullList {
    private final DraftStore drafts;
    private final AuditLog audit;

    PullList(DraftStore drafts, AuditLog audit) {
        this.drafts = drafts;
        this.audit = audit;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/drafts", this::pull, Role.ADMIN, Role.STAFF, Role.CARE_RECORD);
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
        String since = Optional.ofNullable(ctx.queryParam("since")).map(PullList::moment).orElse(null);
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
}
