package org.twofold.security;

import io.javalin.security.RouteRole;
import java.util.Locale;

/**
 * Who is asking. TABLET is the person's own screen, opened by a join link for one conversation. CARE_RECORD is a
 * care-record system with a token an admin made ({@link CareRecordTokens}): it reads exports only, and is no account.
 */
public enum Role implements RouteRole {
    ADMIN, STAFF, ADVOCATE, TABLET, CARE_RECORD;

    /** The role in words for the API and the database: "admin", "care-record". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Role fromCode(String code) {
        return valueOf(code.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
