package org.twofold.security;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.Forms;

/**
 * Admins read their service's audit log: GET /api/v1/audit (JSON, a page at a time) and /api/v1/audit.csv
 * (every matching entry), and the screen /staff/audit with its CSV link. The same filters everywhere:
 * person, actor (a username), action, from and to (UK dates, both included), page. Reading and exporting
 * the log are themselves audited, against the person filtered by or else the service.
 */
public final class AuditRoutes {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AuditEntries entries;
    private final AuditLog audit;
    private final Clock clock;

    AuditRoutes(AuditEntries entries, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/audit", this::json, Role.ADMIN);
        routes.get("/api/v1/audit.csv", ctx -> csv(ctx, AuditFilter.read(FormFields.of(ctx, AuditFilter.LABELS), false)), Role.ADMIN);
        routes.get("/staff/audit", Forms.submit(AuditFilter.LABELS, this::page, this::again));
        routes.get("/staff/audit.csv", Forms.submit(AuditFilter.LABELS, (ctx, form) -> csv(ctx, readOnScreen(ctx, form)), this::again));
    }

    private void json(Context ctx) {
        Principal who = Access.principal(ctx);
        AuditFilter filter = AuditFilter.read(FormFields.of(ctx, AuditFilter.LABELS), false);
        List<AuditEntry> found = entries.page(who.serviceId(), filter);
        boolean more = found.size() > AuditEntries.PAGE_SIZE;
        audit.record(who, "audit.read", subject(who, filter));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", filter.page());
        out.put("pageSize", AuditEntries.PAGE_SIZE);
        out.put("hasNext", more);
        out.put("entries", more ? found.subList(0, AuditEntries.PAGE_SIZE) : found);
        ctx.json(out);
    }

    private void csv(Context ctx, AuditFilter filter) {
        Principal who = Access.principal(ctx);
        byte[] csv = AuditCsv.of(entries.all(who.serviceId(), filter));
        audit.record(who, "audit.export", subject(who, filter));
        ctx.header("Content-Disposition", "attachment; filename=\"audit-log-" + LocalDate.now(clock.withZone(UK)) + ".csv\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType("text/csv; charset=utf-8").result(csv);
    }

    private void page(Context ctx, FormFields form) {
        Principal who = adminOnly(ctx);
        AuditFilter filter = readOnScreen(ctx, form);
        List<AuditEntry> found = entries.page(who.serviceId(), filter);
        boolean more = found.size() > AuditEntries.PAGE_SIZE;
        audit.record(who, "audit.read", subject(who, filter));
        Map<String, Object> m = model(who, Form.showing(filter.shown()));
        m.put("entries", more ? found.subList(0, AuditEntries.PAGE_SIZE) : found);
        m.put("page", filter.page());
        m.put("firstShown", (filter.page() - 1) * AuditEntries.PAGE_SIZE + 1);
        m.put("previous", filter.page() > 1 ? link("/staff/audit", filter.onPage(filter.page() - 1).query()) : null);
        m.put("next", more ? link("/staff/audit", filter.onPage(filter.page() + 1).query()) : null);
        m.put("csv", link("/staff/audit.csv", filter.queryOfAllPages()));
        m.put("filtered", !filter.queryOfAllPages().isEmpty());
        ctx.render("staff/audit.peb", m);
    }

    /** The filter form again, as typed, with what is wrong; no entries until it is put right. */
    private void again(Context ctx, Form refused) {
        ctx.render("staff/audit.peb", model(adminOnly(ctx), refused));
    }

    private AuditFilter readOnScreen(Context ctx, FormFields form) {
        adminOnly(ctx);
        return AuditFilter.read(form, true);
    }

    private Map<String, Object> model(Principal who, Form filterForm) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", who.role().code());
        m.put("filterForm", filterForm);
        m.put("people", entries.people(who.serviceId()));
        m.put("accounts", entries.accounts(who.serviceId()));
        m.put("actions", entries.actions(who.serviceId()));
        return m;
    }

    /** Reading the log about one person of the service goes in that person's own trail; else in the service's. */
    private String subject(Principal who, AuditFilter filter) {
        return entries.holdsPerson(who.serviceId(), filter.person()) ? "person:" + filter.person() : "service:" + who.serviceId();
    }

    private static String link(String path, String query) {
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static Principal adminOnly(Context ctx) {
        return Access.principal(ctx).onlyAs("Only an admin can read the audit log.", Role.ADMIN);
    }
}
