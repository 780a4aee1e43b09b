package org.twofold.security;

import java.util.Locale;
import java.util.Map;

/** The audit log's actions and subjects said in plain words, for admins reading it. */
final class AuditWords {
    static final String TABLET = "The person, on the tablet";
    static final String FORMER_ACCOUNT = "An account no longer here";

    private static final Map<String, String> ACTIONS = Map.ofEntries(
        Map.entry("login", "Signed in"),
        Map.entry("logout", "Signed out"),
        Map.entry("user.create", "Added an account"),
        Map.entry("person.list", "Looked at the list of people"),
        Map.entry("person.create", "Added a person"),
        Map.entry("person.read", "Opened the person's record"),
        Map.entry("person.settings", "Changed how their screens look"),
        Map.entry("person.settings.read", "Looked at how their screens look"),
        Map.entry("person.signs", "Changed how they show pain, no, worry and yes"),
        Map.entry("person.signs.read", "Looked at how they show pain, no, worry and yes"),
        Map.entry("person.communication", "Changed their communication needs"),
        Map.entry("person.communication.read", "Looked at their communication needs"),
        Map.entry("person.photo", "Added or changed their photo"),
        Map.entry("person.photo.read", "Looked at their photo"),
        Map.entry("person.photo.delete", "Removed their photo"),
        Map.entry("person.advocate.assign", "Assigned an advocate to them"),
        Map.entry("person.advocate.unassign", "Took an advocate off them"),
        Map.entry("person.advocate.list", "Looked at their advocates"),
        Map.entry("person.export", "Exported everything held about the person"),
        Map.entry("person.erase", "Erased the person's data"),
        Map.entry("conversation.start", "Started a conversation"),
        Map.entry("conversation.join-link", "Made a new tablet link"),
        Map.entry("conversation.read", "Opened a conversation"),
        Map.entry("conversation.answer", "Recorded an answer"),
        Map.entry("conversation.not-sure", "Recorded 'not sure'"),
        Map.entry("conversation.something-else", "Recorded an answer in their own words"),
        Map.entry("conversation.back", "Went back a question"),
        Map.entry("conversation.pause", "Stopped the conversation for now"),
        Map.entry("conversation.resume", "Carried on the conversation"),
        Map.entry("conversation.annotate", "Noted how an answer was given"),
        Map.entry("mat.place", "Placed a card on a picture board"),
        Map.entry("mat.comment", "Commented on a card of a picture board"),
        Map.entry("mat.practice", "Marked a picture board as practice, or as real"),
        Map.entry("draft.read", "Opened the draft goal"),
        Map.entry("draft.edit", "Changed the draft goal"),
        Map.entry("draft.agree", "The person agreed the plan on the tablet"),
        Map.entry("draft.not-yet", "The person said the draft goal is not right yet"),
        Map.entry("draft.read-back", "Made a tablet link to read the plan back"),
        Map.entry("draft.approve", "Approved the plan"),
        Map.entry("draft.version", "Started a new version of an approved plan"),
        Map.entry("draft.list", "Looked at the list of plans, as a care-record system does"),
        Map.entry("draft.export.pdf", "Exported the plan as a PDF"),
        Map.entry("draft.export.easy-read", "Exported the easy-read copy for the person"),
        Map.entry("draft.export", "Exported the draft goal"),
        Map.entry("draft.export.json", "Exported the draft goal as JSON"),
        Map.entry("draft.export.fhir", "Exported the draft goal for a care record (FHIR)"),
        Map.entry("draft.export.csv", "Exported the draft goal as a spreadsheet (CSV)"),
        Map.entry("recording.create", "Recorded their voice"),
        Map.entry("recording.list", "Looked at the list of their recordings"),
        Map.entry("recording.read", "Played a recording of their voice"),
        Map.entry("recording.delete", "Deleted a recording of their voice"),
        Map.entry("speech.read", "Played speech of the person's words"),
        Map.entry("pronunciations.update", "Changed how words are said"),
        Map.entry("language.sampling", "Took a sample of goals to check their wording"),
        Map.entry("board.import", "Imported a picture board"),
        Map.entry("mat.read", "Looked at the picture of a finished board"),
        Map.entry("photo-card.create", "Added a photo card"),
        Map.entry("photo-card.delete", "Removed a photo card"),
        Map.entry("photo-card.list", "Looked at their photo cards"),
        Map.entry("photo-card.read", "Looked at a photo card"),
        Map.entry("token.create", "Made a token for a care-record system"),
        Map.entry("token.revoke", "Revoked a care-record system's token"),
        Map.entry("audit.read", "Looked at the audit log"),
        Map.entry("audit.export", "Exported the audit log"));

    private AuditWords() {}

    /** Who did it, when it was a care-record system with a token: the token's name. */
    static String careRecord(String tokenName) {
        return "Care-record system: " + tokenName;
    }

    /** An action in words: its own where known; otherwise its code with the dots and dashes as spaces. */
    static String action(String code) {
        String known = ACTIONS.get(code);
        if (known != null) {
            return known;
        }
        String spaced = code.replaceAll("[._-]+", " ").strip();
        return spaced.isEmpty() ? code : spaced.substring(0, 1).toUpperCase(Locale.UK) + spaced.substring(1);
    }

    /**
     * Whom or what an entry is about: the person's name when the subject is theirs and of this service; for what
     * is not a person, words for its kind (the service, an account by its username, a care-record token by its name);
     * otherwise the subject as logged.
     */
    static String about(String subject, String personName, String name, boolean ownService) {
        if (personName != null) {
            return personName;
        }
        int colon = subject.indexOf(':');
        String kind = colon < 0 ? subject : subject.substring(0, colon);
        return switch (kind) {
            case "person", "conversation", "draft" -> "A person no longer held here";
            case "service" -> ownService ? "The whole service" : subject;
            case "user" -> name != null ? "The account " + name : FORMER_ACCOUNT;
            case "token" -> name != null ? "The care-record token " + name : "A care-record token no longer here";
            case "board" -> "A picture board";
            default -> subject;
        };
    }
}
