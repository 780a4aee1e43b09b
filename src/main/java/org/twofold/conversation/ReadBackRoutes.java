package org.twofold.conversation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.twofold.draft.OpenDraft;
import org.twofold.security.Access;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.FormRefused;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;
import org.twofold.web.JsonBody;
import org.twofold.web.QrCode;

/** Staff, or the advocate beside the person, make a link that reads the draft back on the tablet. */
final class ReadBackRoutes {
    private static final Labels LABELS = Labels.of("how", "How they will answer");

    private final OpenDraft open;
    private final ReadBackLinks links;
    private final JoinLinks joinLinks;
    private final ObjectMapper json;
    private final Forms.ShowAgain draftPage;

    /** draftPage: the draft's page, shown again with the read-back form refused. */
    ReadBackRoutes(OpenDraft open, ReadBackLinks links, JoinLinks joinLinks, ObjectMapper json, Forms.ShowAgain draftPage) {
        this.draftPage = draftPage;
        this.open = open;
        this.links = links;
        this.joinLinks = joinLinks;
        this.json = json;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/v1/drafts/{id}/read-back", this::api, Access.ACCOUNTS);
        routes.post("/staff/drafts/{id}/read-back", Forms.submit(LABELS, this::screen, draftPage));
    }

    /** {"how": "direct" | "supported" | "interpreted"} → 201 {"url", "expiresAt"} */
    private void api(Context ctx) {
        Principal who = Access.principal(ctx);
        JsonBody body = JsonBody.of(ctx, json).allowOnly(Set.of("how"));
        How how = how(body.optionalText("how", 20).orElse(How.DIRECT.code()));
        ReadBackLinks.Made made = links.make(who, open.byId(who, ctx.pathParam("id"), "draft.read").draft(), how);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", joinLinks.url(ctx, made.token()));
        out.put("expiresAt", Times.format(made.expires()));
        ctx.status(HttpStatus.CREATED).json(out);
    }

    private void screen(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        How how = form.check(() -> how(form.value("how").orElse("")));
        form.refuseIfWrong();
        OpenDraft.Opened o = open.byId(who, ctx.pathParam("id"), "draft.read");
        ReadBackLinks.Made made;
        try {
            made = links.make(who, o.draft(), how);
        } catch (Conflict e) {
            form.problem(null, e.detail());
            throw new FormRefused(409, form.form());
        }
        String url = joinLinks.url(ctx, made.token());
        Map<String, Object> m = new HashMap<>();
        m.put("draft", o.draft());
        m.put("person", o.person());
        m.put("url", url);
        m.put("expires", Times.format(made.expires()));
        m.put("qr", QrCode.svg(url, "QR code that opens the plan on the tablet, to read it back"));
        ctx.header("Cache-Control", "no-store");
        ctx.render("staff/read-back.peb", m);
    }

    private static How how(String code) {
        return How.fromCode(code).orElseThrow(() -> new BadField("how", "'how' must be direct, supported or interpreted.",
            "Choose how they will answer."));
    }
}
