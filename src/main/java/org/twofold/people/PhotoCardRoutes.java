package org.twofold.people;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twofold.board.Boards;
import org.twofold.board.Photo;
import org.twofold.board.PhotoCard;
import org.twofold.board.PhotoCards;
import org.twofold.board.PhotoRefused;
import org.twofold.dialogue.Dialogues;
import org.twofold.language.EasyRead;
import org.twofold.people.PersonPage.Part;
import org.twofold.security.Access;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.NotFound;
import org.twofold.web.ApiException.UnsupportedMediaType;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;
import org.twofold.web.Forms;

/**
 * A person's own photos as cards on a board: supporters of their service add them (from the staff page,
 * where a tablet's camera can take the photo, or the API), list and delete them. The photo is personal
 * data: only the tablet of one of that person's conversations and accounts of their service ever see it,
 * never cached; anyone else is told there is no such photo. Every add, delete and look is audited.
 */
public final class PhotoCardRoutes {
    static final int MAX_LABEL = 60;
    static final int MAX_SAY = 300;
    /** The page's words for each field, where a refused form says what is wrong. */
    static final Labels PAGE = Labels.of("photo-board", "Board", "photo-label", "Words on the card", "photo-say", "Words to say",
        "photo-dialogue", "What it leads to", "photo", "Photo");
    /** The API's: each problem names its field. */
    private static final Labels API = Labels.of("photo-board", "Field 'board'", "photo-label", "Field 'label'", "photo-say", "Field 'say'",
        "photo-dialogue", "Field 'dialogue'", "photo", "Field 'photo'");

    private final PhotoCards cards;
    private final Boards boards;
    private final Dialogues dialogues;
    private final PeopleRoutes people;
    private final PersonPage page;
    private final AuditLog audit;
    private final Clock clock;

    public PhotoCardRoutes(PhotoCards cards, Boards boards, Dialogues dialogues, PeopleRoutes people, PersonPage page, AuditLog audit,
                           Clock clock) {
        this.cards = cards;
        this.boards = boards;
        this.dialogues = dialogues;
        this.people = people;
        this.page = page;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/v1/people/{id}/photo-cards", this::create, Role.ADMIN, Role.STAFF, Role.ADVOCATE);
        routes.get("/api/v1/people/{id}/photo-cards", this::list, Access.ACCOUNTS);
        routes.get("/api/v1/people/{id}/photo-cards/{card}", this::showToAccount, Access.ACCOUNTS);
        routes.delete("/api/v1/people/{id}/photo-cards/{card}", this::delete, Role.ADMIN, Role.STAFF, Role.ADVOCATE);
        routes.get("/api/v1/conversations/{id}/photos/{card}", this::showInConversation, Access.ACCOUNTS_AND_TABLET);
        // The screens: staff pages with the session's cookie, the tablet with its own (only its own conversation's photos).
        routes.post("/staff/people/{id}/photo-cards", Forms.submit(PAGE, this::createFromForm, page.again(Part.PHOTO)));
        routes.post("/staff/people/{id}/photo-cards/{card}/delete", this::deleteFromForm);
        routes.get("/staff/people/{id}/photos/{card}", this::showToAccount);
        routes.get("/staff/conversations/{id}/photos/{card}", this::showInConversation);
        routes.get("/person/conversations/{id}/photos/{card}", ctx -> {
            if (!ctx.pathParam("id").equals(Access.principal(ctx).conversationId())) {
                throw noSuchPhoto(ctx);
            }
            showInConversation(ctx);
        });
    }

    /** A new card's words and where it leads, before its photo is checked. */
    private record Words(String board, String label, String say, String dialogue) {}

    private void create(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        if (!ctx.isMultipartFormData()) {
            throw new UnsupportedMediaType("Send the card as multipart/form-data: the fields board, label, dialogue, say (optional) and the file photo.");
        }
        Photo.refuseIfFarTooLarge(ctx.contentLength());
        FormFields form = FormFields.of(ctx, API);
        Photo photo = Photo.from(upload(ctx));
        Words words = words(form);
        form.refuseIfWrong();
        ctx.status(HttpStatus.CREATED).json(view(save(who, person, words, photo)));
    }

    private void createFromForm(Context ctx, FormFields form) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        Words words = words(form);
        Photo photo = null;
        try {
            photo = Photo.from(upload(ctx));
        } catch (PhotoRefused e) {
            form.problem("photo", e.onScreen());
        }
        form.refuseIfWrong();
        save(who, person, words, photo);
        ctx.redirect("/staff/people/" + person.id() + "?photoAdded#photo-cards", HttpStatus.SEE_OTHER);
    }

    private PhotoCard save(Principal who, Person person, Words w, Photo photo) {
        PhotoCard card = cards.add(new PhotoCard(PhotoCard.PREFIX + UUID.randomUUID(), person.id(), w.board(), w.label(), w.say(),
            w.dialogue(), photo.contentType(), photo.width(), photo.height(), who.actorId(), Times.format(clock.instant())), photo.bytes());
        audit.record(who, "photo-card.create", "person:" + person.id());
        return card;
    }

    /** The card's words, each problem noted against its field (whose id on the page is "photo-" and its name). */
    private Words words(FormFields form) {
        String board = form.check("photo-board", () -> board(form));
        String label = form.check("photo-label", () -> easyRead(form, "label", MAX_LABEL, 1).orElseThrow(() -> new BadField("label",
            "Field 'label' is required.", "{label} must be filled in.")));
        String say = form.check("photo-say", () -> easyRead(form, "say", MAX_SAY, 2).orElse(null));
        String dialogue = form.check("photo-dialogue", () -> dialogue(form));
        return new Words(board, label, say, dialogue);
    }

    private String board(FormFields form) {
        String id = form.text("board", 200);
        if (!boards.has(id)) {
            throw new BadField("board", "Field 'board': there is no board '" + id + "'.", "{label} must be one of the boards listed.");
        }
        return id;
    }

    private String dialogue(FormFields form) {
        String id = form.text("dialogue", 200);
        if (dialogues.find(id).isEmpty()) {
            throw new BadField("dialogue", "Field 'dialogue': there is no dialogue '" + id + "'.",
                "{label} must be one of the conversations listed.");
        }
        return id;
    }

    /** Words the person will see or hear: short sentences of everyday words. */
    private static Optional<String> easyRead(FormFields form, String name, int maxLength, int sentences) {
        Optional<String> text = form.optionalText(name, maxLength);
        text.ifPresent(t -> {
            List<String> problems = EasyRead.problems(t, sentences);
            if (!problems.isEmpty()) {
                throw new BadField(name, "Field '" + name + "' is not easy read: it " + String.join("; ", problems) + ".",
                    "{label} must be easy to read: " + String.join("; ", problems) + ".");
            }
        });
        return text;
    }

    /** The uploaded photo (the form's file "photo"), read no further than the limit, so an oversized one is refused without being held whole. */
    static byte[] upload(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("photo") : null;
        if (file == null) {
            throw PhotoRefused.missing();
        }
        try (InputStream in = file.content()) {
            return in.readNBytes(Photo.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadRequest("The photo could not be read to its end: " + e.getMessage());
        }
    }

    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        audit.record(who, "photo-card.list", "person:" + person.id());
        ctx.json(Map.of("photoCards", cards.of(person.id()).stream().map(PhotoCardRoutes::view).toList()));
    }

    private void delete(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        remove(who, person, ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void deleteFromForm(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        remove(who, person, ctx);
        ctx.redirect("/staff/people/" + person.id() + "?photoRemoved#photo-cards", HttpStatus.SEE_OTHER);
    }

    private void remove(Principal who, Person person, Context ctx) {
        if (!cards.delete(person.id(), ctx.pathParam("card"))) {
            throw noSuchPhoto(ctx);
        }
        audit.record(who, "photo-card.delete", "person:" + person.id());
    }

    /** The photo, to an account of the person's service. */
    private void showToAccount(Context ctx) {
        Principal who = Access.principal(ctx);
        Person person = people.find(who, ctx.pathParam("id"));
        PhotoCards.Stored photo = cards.photo(person.id(), ctx.pathParam("card")).orElseThrow(() -> noSuchPhoto(ctx));
        audit.record(who, "photo-card.read", "person:" + person.id());
        send(ctx, photo);
    }

    /** The photo, in a conversation with its person: to that conversation's tablet, or an account of its service. */
    private void showInConversation(Context ctx) {
        Principal who = Access.principal(ctx);
        String conversation = ctx.pathParam("id");
        Person person = people.ofConversation(who, conversation);
        PhotoCards.Stored photo = cards.photo(person.id(), ctx.pathParam("card")).orElseThrow(() -> noSuchPhoto(ctx));
        audit.record(who, "photo-card.read", "conversation:" + conversation);
        send(ctx, photo);
    }

    /** Personal data: never kept by a shared tablet's browser or a proxy, and never read as anything but the picture it is. */
    static void send(Context ctx, PhotoCards.Stored photo) {
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(photo.contentType());
        ctx.result(photo.bytes());
    }

    private static NotFound noSuchPhoto(Context ctx) {
        return new NotFound("There is no photo '" + ctx.pathParam("card") + "' here.");
    }

    static Map<String, Object> view(PhotoCard c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id());
        out.put("board", c.boardId());
        out.put("label", c.label());
        out.put("say", c.say());
        out.put("dialogue", c.dialogue());
        out.put("contentType", c.contentType());
        out.put("width", c.width());
        out.put("height", c.height());
        out.put("createdBy", c.createdBy());
        out.put("createdAt", c.createdAt());
        out.put("photo", "/api/v1/people/" + c.personId() + "/photo-cards/" + c.id());
        return out;
    }
}
