package org.twofold.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.web.ApiException.BadRequest;

/** The fields of a posted HTML form. An empty field counts as absent. */
public final class FormFields implements Fields {
    private final Map<String, List<String>> form;

    public FormFields(Context ctx) {
        this.form = ctx.formParamMap();
    }

    @Override
    public boolean has(String name) {
        return value(name).isPresent();
    }

    @Override
    public Optional<String> optionalText(String name, int maxLength) {
        Optional<String> v = value(name);
        if (v.isPresent() && v.get().length() > maxLength) {
            throw new BadRequest("Field '" + name + "' is too long: at most " + maxLength + " characters.");
        }
        return v;
    }

    @Override
    public int integer(String name, int min, int max) {
        String v = text(name, 20);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new BadRequest("Field '" + name + "' must be a whole number from " + min + " to " + max + ".");
    }

    public Optional<String> value(String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).strip());
    }
}
