package org.twofold.draft;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.twofold.security.AuditLog;
import org.twofold.security.Principal;
import org.twofold.store.Times;
import org.twofold.web.ApiException.Conflict;

/**
 * Staff approve a plan the person agreed to, and it goes into the care plan. An approved plan is never
 * changed: a new version of it is started instead, and approving that supersedes the one before.
 */
public final class ApproveDraft {
    private final DraftStore drafts;
    private final AuditLog audit;
    private final Clock clock;

    public ApproveDraft(DraftStore drafts, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** byName: the approver as people will read it. */
    public Draft approve(Principal who, String byName, Draft draft, int seenRevision) {
        if (draft.standing() != DraftStatus.AGREED) {
            throw new Conflict(draft.standing() == DraftStatus.DRAFT
                ? "The person has not agreed to this draft yet. Read it back to them on the tablet first."
                : "This plan is already " + draft.status() + ".");
        }
        if (!draft.needsWording().isEmpty()) {
            throw new Conflict("Some parts still quote the person's words to be worded with them. Word them, or keep them as they are, first.");
        }
        WordDraft.requireRevision(draft, seenRevision);
        String at = Times.format(clock.instant());
        Draft.Changes c = draft.changes();
        c.status = DraftStatus.APPROVED.code();
        c.statusAt = at;
        c.approval = new Draft.Approval(who.actorId(), byName, at);
        c.revision = draft.revision() + 1;
        Optional<Draft> before = Optional.ofNullable(draft.supersedes()).flatMap(drafts::find)
            .filter(d -> d.standing() == DraftStatus.APPROVED)
            .map(d -> superseded(d, at));
        if (!drafts.approve(c.draft(), before)) {
            throw WordDraft.stale();
        }
        audit.record(who, "draft.approve", "draft:" + draft.id());
        return c.draft();
    }

    private static Draft superseded(Draft d, String at) {
        Draft.Changes c = d.changes();
        c.status = DraftStatus.SUPERSEDED.code();
        c.statusAt = at;
        c.revision = d.revision() + 1;
        return c.draft();
    }

    /** Starts the next version of an approved plan: the same words, to change with the person and agree again. */
    public Draft newVersion(Principal who, Draft approved) {
        if (approved.standing() != DraftStatus.APPROVED) {
            throw new Conflict(approved.standing() == DraftStatus.SUPERSEDED
                ? "A newer version of this plan was approved. Start from that one."
                : "Only an approved plan gets a new version. Change this draft as it is.");
        }
        String at = Times.format(clock.instant());
        Draft.Changes c = approved.changes();
        c.id = UUID.randomUUID().toString();
        c.version = approved.version() + 1;
        c.revision = 0;
        c.status = DraftStatus.DRAFT.code();
        c.statusAt = at;
        c.createdAt = at;
        c.edits = java.util.List.of();
        c.agreement = null;
        c.approval = null;
        c.supersedes = approved.id();
        Draft next = c.draft();
        if (!drafts.addVersion(next)) {
            throw new Conflict("A new version of this plan was already started. Open that one.");
        }
        audit.record(who, "draft.version", "draft:" + next.id());
        return next;
    }
}
