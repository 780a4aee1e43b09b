package org.twofold.people;

import java.util.Locale;

/** Someone choosing their goals with Twofold. */
public record Person(String id, String serviceId, String name, String preferredName, String communicationNeeds, String createdAt) {
    /** Whether their name or preferred name holds the words searched for, whatever their case; everyone matches nothing searched for. */
    boolean matches(String query) {
        String q = query.toLowerCase(Locale.ROOT);
        return q.isEmpty() || name.toLowerCase(Locale.ROOT).contains(q)
            || preferredName != null && preferredName.toLowerCase(Locale.ROOT).contains(q);
    }
}
