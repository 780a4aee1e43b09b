package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.twofold.board.Photo;
import org.twofold.board.PhotoCards;
import org.twofold.board.PhotoRefused;
import org.twofold.people.PersonPage.Part;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Sessions;
import org.twofold.store.Times;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;

/**
 * A photo of the person, on their staff page: taken with the tablet's camera or uploaded, checked and drawn afresh as
 * photo cards are ({@link Photo}), kept with the person and erased with them. Only a signed-in account that may reach the
 * person sees it, never cached; anyone else is told there is none. Every add, removal and look is audited.
 */
final class PersonPhotoRoutes {
    static final Labels LABELS = Labels.of("person-photo", "Photo");

    private final PersonPhotos photos;
    private final PeopleRoutes people;
    private final PersonPage page;
    private final AuditLog audit;
    private final Clock clock;

    PersonPhotoRoutes(PersonPhotos photos, PeopleRoutes people, PersonPage page, AuditLog audit, Clock clock) {
        this.photos = photos;
        this.people = people;
        this.page = page;
        this.audit = audit;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/staff/people/{id}/photo", Forms.submit(LABELS, this::save, page.again(Part.PERSON_PHOTO)));
        routes.post("/staff/people/{id}/photo/delete", this::delete);
        routes.get("/staff/people/{id}/photo", this::show);
    }

    private void save(Context ctx, FormFields form) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        Photo photo = null;
        try {
            photo = Photo.from(PhotoCardRoutes.upload(ctx));
        } catch (PhotoRefused e) {
            form.problem("person-photo", e.onScreen());
        }
        form.refuseIfWrong();
        photos.save(person.id(), photo, who.actorId(), Times.format(clock.instant()));
        audit.record(who, "person.photo", "person:" + person.id());
        ctx.redirect("/staff/people/" + person.id() + "?photoSaved#person-photo", HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        if (!photos.delete(person.id())) {
            throw noPhoto();
        }
        audit.record(who, "person.photo.delete", "person:" + person.id());
        ctx.redirect("/staff/people/" + person.id() + "?photoDeleted#person-photo", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx) {
        Principal who = Sessions.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        PhotoCards.Stored photo = photos.find(person.id()).orElseThrow(PersonPhotoRoutes::noPhoto);
        audit.record(who, "person.photo.read", "person:" + person.id());
        PhotoCardRoutes.send(ctx, photo);
    }

    private static NotFound noPhoto() {
        return new NotFound("There is no photo of this person.");
    }
}
