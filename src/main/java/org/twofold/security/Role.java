package org.twofold.security;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** Who is asking. TABLET is the person's own screen, opened by a join link for one conversation. */
public enum Role implements RouteRole {
    ADMIN, STAFF, ADVOCATE, TABLET;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
