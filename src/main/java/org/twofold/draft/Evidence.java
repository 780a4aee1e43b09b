package org.twofold.draft;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where the evidence for an indicator comes from. */
public enum Evidence {
    OBSERVATION, SELF_REPORT, PROXY, INCIDENT_DATA, HEALTH_DATA, QUALITY_CHECKS;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
