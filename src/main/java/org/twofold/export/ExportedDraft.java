package org.twofold.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.twofold.draft.Draft;
import org.twofold.store.Times;

/**
 * A draft as it leaves Twofold: the draft, the name the person likes to be called (nothing more of
 * their record goes out), and when it was exported.
 */
record ExportedDraft(Draft draft, String preferredName, Instant exportedAt) {
    /** The draft's status: "draft" until it is agreed with the person and approved. */
    String status() {
        return draft.status() == null ? "draft" : draft.status();
    }

    boolean approved() {
        return "approved".equals(status());
    }

    /** The day the draft was made, in the UK. */
    LocalDate madeOn() {
        return Times.day(draft.createdAt());
    }

    /** The day early change is looked for: the draft's own date, or its weeks counted from the day it was made. */
    LocalDate earlyChangeBy() {
        return dayOr(draft.outcome().earlyChangeBy(), draft.outcome().earlyChangeWeeks());
    }

    LocalDate reviewBy() {
        return dayOr(draft.outcome().reviewBy(), draft.outcome().checkEveryWeeks());
    }

    private LocalDate dayOr(String day, int weeks) {
        if (day != null) {
            try {
                return LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                // an older draft's day in another form: counted from its weeks instead
            }
        }
        return madeOn().plusWeeks(Math.max(weeks, 0));
    }
}
