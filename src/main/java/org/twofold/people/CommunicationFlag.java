package org.twofold.people;

/**
 * What the box at the top of a person's page, their conversations and their drafts says about how to communicate with
 * them: their needs as recorded, or the older single note until those are filled, or that nothing is recorded yet.
 */
public record CommunicationFlag(String personId, String name, Communication needs, String earlierNote) {
    static CommunicationFlag of(Person p, Communication needs) {
        return new CommunicationFlag(p.id(), p.preferredName() != null ? p.preferredName() : p.name(), needs, p.communicationNeeds());
    }

    /** Whether the needs are recorded as the Accessible Information Standard asks. */
    public boolean recorded() {
        return !needs.isEmpty();
    }

    /** The older single note, shown only until the needs are recorded. */
    public String note() {
        return recorded() || earlierNote == null || earlierNote.isBlank() ? null : earlierNote;
    }
}
