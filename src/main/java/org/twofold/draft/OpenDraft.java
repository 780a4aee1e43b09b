package org.twofold.draft;

import org.twofold.people.CommunicationFlag;
import org.twofold.people.PeopleRoutes;
import org.twofold.people.Person;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.web.ApiException.NotFound;

/**
 * A draft for one caller: only if they may see its person (their service, their assignment); any other
 * draft is as if it did not exist. Every opening is audited.
 */
public final class OpenDraft {
    /** A draft with its person. */
    public record Opened(Draft draft, Person person) {}

    private final DraftStore drafts;
    private final PeopleRoutes people;
    private final AuditLog audit;

    public OpenDraft(DraftStore drafts, PeopleRoutes people, AuditLog audit) {
        this.drafts = drafts;
        this.people = people;
        this.audit = audit;
    }

    /** What the box at the top of the draft says about communicating with its person. */
    public CommunicationFlag communicationFlag(Person p) {
        return people.communicationFlag(p);
    }

    /** The draft with this id, its opening audited as action. */
    public Opened byId(Principal who, String id, String action) {
        Draft draft = drafts.find(id).orElseThrow(() -> unknown(id));
        return opened(who, draft, action, () -> unknown(id));
    }

    /** The newest draft of a finished conversation, its opening audited as action. */
    public Opened forConversation(Principal who, String conversationId, String action) {
        NotFound none = new NotFound("There is no draft here: the conversation may not be finished yet.");
        Draft draft = drafts.forConversation(conversationId).orElseThrow(() -> none);
        return opened(who, draft, action, () -> none);
    }

    private Opened opened(Principal who, Draft draft, String action, java.util.function.Supplier<NotFound> hidden) {
        Person person;
        try {
            person = people.find(who, draft.personId());
        } catch (NotFound otherService) {
            throw hidden.get();
        }
        audit.record(who, action, "draft:" + draft.id());
        return new Opened(draft, person);
    }

    public static NotFound unknown(String id) {
        return new NotFound("There is no draft '" + id + "'.");
    }
}
