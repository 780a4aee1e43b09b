package org.twofold.web;

import java.util.Optional;

/** Named fields of a request, JSON or form, read so that each refusal names the field at fault. */
public interface Fields {
    boolean has(String name);

    Optional<String> optionalText(String name, int maxLength);

    int integer(String name, int min, int max);

    default String text(String name, int maxLength) {
        return optionalText(name, maxLength)
            .orElseThrow(() -> new ApiException.BadField(name, "Field '" + name + "' is required.", "{label} must be filled in."));
    }

    /** A person's name: text that must show something, with no hidden controls (see {@link Characters#name}). */
    default String name(String name, int maxLength) {
        return Characters.name(name, text(name, maxLength));
    }

    default Optional<String> optionalName(String name, int maxLength) {
        return optionalText(name, maxLength).map(value -> Characters.name(name, value));
    }
}
