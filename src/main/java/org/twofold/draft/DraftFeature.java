package org.twofold.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.twofold.people.PeopleRoutes;
import org.twofold.security.AuditLog;
import org.twofold.web.Feature;

/** Drafts on their way into the care plan: worded by staff with the person, agreed on the tablet, approved, versioned. */
public final class DraftFeature implements Feature {
    private final DraftStore store;
    private final OpenDraft open;
    private final AgreeDraft agree;
    private final DraftRoutes routes;
    private final DraftScreens screens;

    public DraftFeature(DraftStore store, PeopleRoutes people, AuditLog audit, AccountNames approvers, ObjectMapper json,
                        Clock clock) {
        this.store = store;
        this.open = new OpenDraft(store, people, audit);
        this.agree = new AgreeDraft(store, audit, clock);
        WordDraft word = new WordDraft(store, audit, clock);
        ApproveDraft approve = new ApproveDraft(store, audit, clock);
        this.routes = new DraftRoutes(open, word, agree, approve, approvers, json);
        this.screens = new DraftScreens(open, word, approve, approvers, store);
    }

    public DraftStore store() {
        return store;
    }

    public OpenDraft open() {
        return open;
    }

    public DraftScreens screens() {
        return screens;
    }

    public AgreeDraft agree() {
        return agree;
    }

    @Override
    public void register(RoutesConfig routes) {
        this.routes.register(routes);
        this.screens.register(routes);
    }
}
