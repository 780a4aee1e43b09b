package org.twofold.draft;

import java.util.List;

/**
 * One answer behind a draft, as it was given: the prompt shown, the answer, how it was given
 * (direct, supported, interpreted), who was there, and the person's own words verbatim with
 * the picture they confirmed for them.
 */
public record Provenance(
    String node,
    String prompt,
    String answer,
    String choice,
    String ownWords,
    String symbol,
    String how,
    String note,
    List<Present> present,
    String at) {

    /** Someone in the room, e.g. the person's advocate. */
    public record Present(String name, String role) {}
}
