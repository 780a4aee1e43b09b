package org.twofold.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Times;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.Conflict;
import org.twofold.web.ApiException.Forbidden;

/**
 * The person agrees to their draft on the tablet, after it was read back to them: only through a tablet
 * link made to read that draft back, and only to the revision they heard. Their answer is kept with how
 * they gave it and the way they chose; "not yet" is kept too, and leaves the draft as it is.
 */
public final class AgreeDraft {
    public static final String YES = "yes";
    public static final String NOT_YET = "not-yet";

    private final DraftStore drafts;
    private final AuditLog audit;
    private final Clock clock;

    public AgreeDraft(DraftStore drafts, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the tablet reads back to the person: their outcome, then what they will do, step by step. */
    public static List<String> readBack(Draft draft) {
        List<String> lines = new ArrayList<>();
        lines.add(draft.outcome().statement());
        draft.milestones().forEach(m -> lines.add(m.personDoes()));
        return lines;
    }

    /** way: how the person chooses on their screens (touch, one switch, dwell...). */
    public Draft answer(Principal tablet, Draft draft, int heardRevision, String answer, String way) {
        if (tablet.readBack() == null || !tablet.readBack().draftId().equals(draft.id())) {
            throw new Forbidden("Only the person agrees to their draft, on the tablet, after it is read back to them. "
                + "Staff make a read-back link on the draft's page.");
        }
        if (!YES.equals(answer) && !NOT_YET.equals(answer)) {
            throw new BadRequest("The answer must be 'yes' or 'not-yet'.");
        }
        if (draft.standing() != DraftStatus.DRAFT) {
            throw new Conflict("This draft is already " + draft.status() + ".");
        }
        WordDraft.requireRevision(draft, heardRevision);
        String at = Times.format(clock.instant());
        Draft.Changes c = draft.changes();
        c.agreement = new Draft.Agreement(draft.revision(), readBack(draft), answer, tablet.readBack().how(), way,
            tablet.readBack().askedBy(), at);
        c.revision = draft.revision() + 1;
        if (YES.equals(answer)) {
            c.status = DraftStatus.AGREED.code();
            c.statusAt = at;
        }
        Draft changed = c.draft();
        if (!drafts.replace(changed)) {
            throw WordDraft.stale();
        }
        audit.record(tablet, YES.equals(answer) ? "draft.agree" : "draft.not-yet", "draft:" + draft.id());
        return changed;
    }
}
