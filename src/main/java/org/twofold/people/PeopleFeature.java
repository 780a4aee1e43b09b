package org.twofold.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import java.time.Clock;
import org.twofold.board.Boards;
import org.twofold.board.PhotoCards;
import org.twofold.dialogue.Dialogues;
import org.twofold.security.AuditLog;
import org.twofold.store.Database;
import org.twofold.web.Feature;

/** The people a service supports: their records, settings, signs and photo cards, on the API and the staff screens. */
public final class PeopleFeature implements Feature {
    private final PersonStore people;
    private final PeopleRoutes routes;
    private final PersonPage page;
    private final PhotoCards photoCards;
    private final PhotoCardRoutes photoCardRoutes;
    private final AuditLog audit;
    private final Clock clock;

    private final Advocates advocates;
    private final PersonPhotos photos;

    public PeopleFeature(Database db, PersonStore people, Dialogues dialogues, Boards boards, PhotoCards photoCards, AuditLog audit,
                         ObjectMapper json, Clock clock) {
        this.advocates = new Advocates(db);
        this.photos = new PersonPhotos(db);
        this.people = people;
        this.photoCards = photoCards;
        this.audit = audit;
        this.clock = clock;
        this.routes = new PeopleRoutes(people, audit, json, clock);
        this.page = new PersonPage(people, routes, dialogues, boards, photoCards, photos, advocates, audit);
        this.photoCardRoutes = new PhotoCardRoutes(photoCards, boards, dialogues, routes, page, audit, clock);
    }

    /** People's own photos as cards on boards, which the mat shows them. */
    public PhotoCards photoCards() {
        return photoCards;
    }

    public PersonStore people() {
        return people;
    }

    /** Finds a person for a caller, or refuses: what other features ask before they act for someone. */
    public PeopleRoutes lookup() {
        return routes;
    }

    public PersonPage page() {
        return page;
    }

    @Override
    public void register(RoutesConfig routes) {
        this.routes.register(routes);
        new PeopleScreens(people, this.routes, page, audit, clock).register(routes);
        new TestBoard(people, this.routes, page, audit).register(routes);
        photoCardRoutes.register(routes);
        new PersonPhotoRoutes(photos, this.routes, page, audit, clock).register(routes);
        new AdvocateRoutes(advocates, this.routes, audit, clock).register(routes);
    }
}
