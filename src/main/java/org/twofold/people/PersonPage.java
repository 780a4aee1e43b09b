package org.twofold.people;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.twofold.board.Board;
import org.twofold.board.Boards;
import org.twofold.board.PhotoCard;
import org.twofold.board.PhotoCards;
import org.twofold.dialogue.Dialogue;
import org.twofold.dialogue.Dialogues;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.security.Role;
import org.twofold.security.Sessions;
import org.twofold.web.Form;
import org.twofold.web.Forms;

/**
 * The staff page about one person: their communication needs (flagged at the top) and photo, starting a conversation (about a
 * dialogue or with a picture board), how they show pain, no, worry and yes, their conversations, drafts and finished boards,
 * their own photo cards, their advocates (for staff and admins to assign), and how their screen looks and works. Shown fresh from what is stored, or again
 * with one of its forms refused, as typed.
 */
public final class PersonPage {
    /** The page's forms that can be refused. */
    public enum Part { START, SIGNS, SETTINGS, PHOTO, COMMUNICATION, PERSON_PHOTO }

    private final PersonStore people;
    private final PeopleRoutes lookup;
    private final Dialogues dialogues;
    private final Boards boards;
    private final AuditLog audit;
    private final PhotoCards photoCards;
    private final PersonPhotos photos;
    private final Advocates advocates;

    public PersonPage(PersonStore people, PeopleRoutes lookup, Dialogues dialogues, Boards boards, PhotoCards photoCards, PersonPhotos photos,
                      Advocates advocates, AuditLog audit) {
        this.photos = photos;
        this.advocates = advocates;
        this.boards = boards;
        this.photoCards = photoCards;
        this.people = people;
        this.lookup = lookup;
        this.dialogues = dialogues;
        this.audit = audit;
    }

    /** The page of the person in the path ({id}) again, with this part's form refused as typed. */
    public Forms.ShowAgain again(Part part) {
        return (ctx, refused) -> {
            Principal who = Sessions.principal(ctx);
            show(ctx, who, lookup.find(who, ctx.pathParam("id")), part, refused);
        };
    }

    public void show(Context ctx, Principal who, Person p) {
        show(ctx, who, p, null, null);
    }

    public void show(Context ctx, Principal who, Person p, Part refusedPart, Form refused) {
        audit.record(who, "person.read", "person:" + p.id());
        Map<String, Object> m = PeopleScreens.base(who);
        m.put("person", p);
        Communication needs = people.communication(p.id());
        m.put("communication", CommunicationFlag.of(p, needs));
        m.put("communicationForm", refusedPart == Part.COMMUNICATION ? refused : Form.showing(needs.fields()));
        m.put("hasPhoto", photos.has(p.id()));
        m.put("personPhotoForm", refusedPart == Part.PERSON_PHOTO ? refused : Form.showing(Map.of()));
        boolean assigns = who.role() == Role.ADMIN || who.role() == Role.STAFF;
        m.put("canAssign", assigns);
        m.put("advocates", assigns ? advocates.of(p.serviceId(), p.id()) : List.of());
        m.put("history", people.history(p.id()).stream().map(this::past).toList());
        m.put("drafts", people.drafts(p.id()));
        m.put("finishedMats", people.finishedMats(p.id()).stream().map(this::shown).toList());
        m.put("dialogues", dialogues.all());
        m.put("boards", boards.offeredTo(who.serviceId()));
        m.put("startForm", refusedPart == Part.START ? refused : freshStart());
        m.put("signsForm", refusedPart == Part.SIGNS ? refused : Form.showing(signs(people.signs(p.id()))));
        m.put("settingsForm", refusedPart == Part.SETTINGS ? refused : Form.showing(people.settings(p.id()).fields()));
        m.put("ways", WayOfChoosing.ALL);
        m.put("photoCards", photoCards.of(p.id()).stream().map(this::shown).toList());
        m.put("photoForm", refusedPart == Part.PHOTO ? refused : Form.showing(Map.of()));
        m.put("photoAdded", refusedPart == null && ctx.queryParam("photoAdded") != null);
        m.put("photoRemoved", refusedPart == null && ctx.queryParam("photoRemoved") != null);
        m.put("signsSaved", refusedPart == null && ctx.queryParam("signsSaved") != null);
        m.put("saved", refusedPart == null && ctx.queryParam("saved") != null);
        for (String said : List.of("communicationSaved", "photoSaved", "photoDeleted", "advocateAssigned", "advocateRemoved")) {
            m.put(said, refusedPart == null && ctx.queryParam(said) != null);
        }
        ctx.render("staff/person.peb", m);
    }

    /** A conversation in the person's history as staff read it: the title of what they talked about, not its id. */
    public record Past(String conversationId, String title, String startedAt, String status) {}

    /** One of the person's photo cards as staff read it: its words, the board it is on and what it leads to, by their titles. */
    public record ShownPhotoCard(String id, String label, String say, String board, String leadsTo) {}

    private ShownPhotoCard shown(PhotoCard c) {
        String board = boardTitle(c.boardId());
        String leadsTo = dialogues.find(c.dialogue()).map(Dialogue::title).orElse("A conversation no longer offered");
        return new ShownPhotoCard(c.id(), c.label(), c.say(), board, leadsTo);
    }

    /** A finished picture board of the person's, as staff read it: the board's title, not its id. */
    public record ShownMat(String conversationId, String node, String board, String finishedAt) {}

    private ShownMat shown(PersonStore.FinishedMat f) {
        return new ShownMat(f.conversationId(), f.node(), boardTitle(f.boardId()), f.finishedAt());
    }

    private String boardTitle(String boardId) {
        return boards.find(boardId).map(Board::topic).map(t -> t.label()).orElse("A board no longer offered");
    }

    private Past past(PersonStore.History h) {
        String title = dialogues.find(h.dialogueId()).map(Dialogue::title).orElse("A conversation");
        return new Past(h.conversationId(), title, h.startedAt(), h.status());
    }

    private Form freshStart() {
        return Form.showing(Map.of("dialogue", dialogues.all().iterator().next().id()));
    }

    private static Map<String, String> signs(Signs s) {
        Map<String, String> m = new HashMap<>();
        m.put("pain", s.pain());
        m.put("refusal", s.refusal());
        m.put("anxiety", s.anxiety());
        m.put("consent", s.consent());
        return m;
    }
}
