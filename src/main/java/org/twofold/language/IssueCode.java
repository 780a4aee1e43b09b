package org.twofold.language;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of weak outcome statement. The codes are fixed: the draft editor and reports key on them. */
public enum IssueCode {
    STAFF_VOICE("staff-voice"),
    PROCESS("process"),
    VAGUE("vague"),
    THIRD_PERSON("third-person"),
    NO_WHY("no-why"),
    TOO_LONG("too-long"),
    MALFORMED("malformed");

    private final String code;

    IssueCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
