package org.twofold.draft;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.twofold.draft.OpenDraft.Opened;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.security.Sessions;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.FormRefused;
import org.twofold.web.Form;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;
import org.twofold.web.PlainWords;

/**
 * Staff finish a draft with the person: every part can be worded, with language help as they type; the
 * person's own words stay beside it, never changed; parts still to word are listed until done; every
 * change is kept. Then the person agrees on the tablet, staff approve, and a new version follows an
 * approved plan rather than a change to it.
 */
public final class DraftScreens {
    private static final Labels PARTS = id -> id.contains("-") ? PlainWords.draftPart(DraftForm.pathOf(id)) : null;

    private final OpenDraft open;
    private final WordDraft word;
    private final ApproveDraft approve;
    private final AccountNames approvers;
    private final DraftStore drafts;

    public DraftScreens(OpenDraft open, WordDraft word, ApproveDraft approve, AccountNames approvers, DraftStore drafts) {
        this.open = open;
        this.word = word;
        this.approve = approve;
        this.approvers = approvers;
        this.drafts = drafts;
    }

    public void register(RoutesConfig routes) {
        routes.get("/staff/conversations/{id}/draft", this::newest);
        routes.get("/staff/drafts/{id}", ctx -> show(ctx, "form", null));
        routes.post("/staff/drafts/{id}", Forms.submit(PARTS, this::save, again("form")));
        routes.post("/staff/drafts/{id}/approve", Forms.submit(PARTS, this::approve, again("approveForm")));
        routes.post("/staff/drafts/{id}/versions", Forms.submit(PARTS, this::newVersion, again("approveForm")));
    }

    /** A conversation's draft is the newest version of the plan it began. */
    private void newest(Context ctx) {
        Opened o = open.forConversation(Sessions.principal(ctx), ctx.pathParam("id"), "draft.read");
        ctx.redirect(page(o.draft()), HttpStatus.SEE_OTHER);
    }

    /** Shows the draft's page again with one of its forms (form, approveForm, readBackForm) as refused. */
    public Forms.ShowAgain again(String formName) {
        return (ctx, refused) -> show(ctx, formName, refused);
    }

    /** The draft, with its forms fresh, or the named one as typed when refused. */
    private void show(Context ctx, String formName, Form refused) {
        Principal who = Sessions.principal(ctx);
        Opened o = open.byId(who, ctx.pathParam("id"), "draft.read");
        Draft draft = o.draft();
        Map<String, Object> m = new HashMap<>();
        m.put("draft", draft);
        m.put("person", o.person());
        m.put("communication", open.communicationFlag(o.person()));
        m.put("saved", refused == null ? ctx.queryParam("saved") : null);
        m.put("readBackForm", Form.showing(Map.of("how", "direct")));
        m.put("approveForm", Form.showing(Map.of()));
        m.put("editable", editable(draft));
        m.put("canApprove", who.role() == Role.ADMIN || who.role() == Role.STAFF);
        m.put("versions", drafts.versions(draft.recordId()));
        m.put("form", fresh(draft));
        m.put("sections", DraftForm.sections(draft));
        Map<String, String> editors = new HashMap<>();
        draft.edits().forEach(e -> editors.computeIfAbsent(e.by(), approvers::of));
        m.put("editors", editors);
        if (refused != null) {
            m.put(formName, refused);
        }
        ctx.render("staff/draft.peb", m);
    }

    private static boolean editable(Draft d) {
        return d.standing() == DraftStatus.DRAFT || d.standing() == DraftStatus.AGREED;
    }

    private static Form fresh(Draft d) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String path : DraftForm.paths(d)) {
            values.put(path, DraftWording.current(d, path));
        }
        values.put("revision", d.revision());
        return Form.showing(values);
    }

    private void save(Context ctx, FormFields form) {
        Principal who = staff(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        int revision = form.integer("revision", 0, Integer.MAX_VALUE);
        Map<String, String> parts = new LinkedHashMap<>();
        for (String path : DraftForm.paths(draft)) {
            String typed = form.value(path).orElse("");
            String text = form.check(DraftForm.idOf(path), () -> DraftWording.checked(path, typed));
            if (text != null) {
                parts.put(path, text);
            }
        }
        Set<String> keep = new LinkedHashSet<>(form.values("keep"));
        keep.retainAll(draft.needsWording());
        form.refuseIfWrong();
        try {
            Draft saved = word.word(who, draft, revision, parts, keep);
            ctx.redirect(page(saved) + "?saved=" + (saved == draft ? "nothing" : "wording"), HttpStatus.SEE_OTHER);
        } catch (Conflict e) {
            form.problem(null, e.detail() + " Your words are still below.");
            throw new FormRefused(409, form.form());
        }
    }

    private void approve(Context ctx, FormFields form) {
        Principal who = staff(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        int revision = form.integer("revision", 0, Integer.MAX_VALUE);
        try {
            Draft approved = approve.approve(who, approvers.of(who.actorId()), draft, revision);
            ctx.redirect(page(approved) + "?saved=approved", HttpStatus.SEE_OTHER);
        } catch (Conflict e) {
            refuse(form, e);
        }
    }

    private void newVersion(Context ctx, FormFields form) {
        Principal who = staff(ctx);
        Draft draft = open.byId(who, ctx.pathParam("id"), "draft.read").draft();
        try {
            Draft next = approve.newVersion(who, draft);
            ctx.redirect(page(next) + "?saved=version", HttpStatus.SEE_OTHER);
        } catch (Conflict e) {
            refuse(form, e);
        }
    }

    private static void refuse(FormFields form, Conflict e) {
        form.problem(null, e.detail());
        throw new FormRefused(409, form.form());
    }

    /** Wording, approving and new versions are for staff and admins; advocates read the draft beside the person. */
    private static Principal staff(Context ctx) {
        return Sessions.principal(ctx).onlyAs("Only staff change, approve or start a new version of a plan.", Role.ADMIN, Role.STAFF);
    }

    static String page(Draft d) {
        return "/staff/drafts/" + d.id();
    }
}
