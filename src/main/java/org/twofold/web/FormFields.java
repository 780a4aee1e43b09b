package org.twofold.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.FormRefused;

/**
 * The fields of a form on a screen: posted, or in the query for a form sent with GET. An empty field
 * counts as absent. The {@link Fields} methods refuse at once, as the API does; the gathering methods
 * ({@link #required}, {@link #optional}, {@link #check}, {@link #problem}) note what is wrong, in the words
 * of the field's label, so that {@link #refuseIfWrong()} can show every problem together.
 */
public final class FormFields implements Fields {
    /** Said where a field has no label: a form never shows a field's name. */
    static final String UNLABELLED = "One of the answers";

    private final Map<String, List<String>> form;
    private final Labels labels;
    private final List<Form.Problem> problems = new ArrayList<>();

    /** The words that label each field on its screen, by the field's id; null for a field it does not know. */
    @FunctionalInterface
    public interface Labels {
        String of(String field);

        /** Labels from pairs: id, label, id, label... */
        static Labels of(String... idsAndLabels) {
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i + 1 < idsAndLabels.length; i += 2) {
                map.put(idsAndLabels[i], idsAndLabels[i + 1]);
            }
            return map::get;
        }

        /** These labels, and the other's for fields these do not know. */
        default Labels or(Labels other) {
            return field -> {
                String label = of(field);
                return label != null ? label : other.of(field);
            };
        }
    }

    private FormFields(Map<String, List<String>> form, Labels labels) {
        this.form = form;
        this.labels = labels;
    }

    /** A posted form read without labels, where any refusal goes to the error page (the tablet's answers). */
    public FormFields(Context ctx) {
        this(ctx.formParamMap(), field -> null);
    }

    /** The form a request sends: its query for GET, its body otherwise. */
    public static FormFields of(Context ctx, Labels labels) {
        return new FormFields(ctx.method() == HandlerType.GET ? ctx.queryParamMap() : ctx.formParamMap(), labels);
    }

    @Override
    public boolean has(String name) {
        return value(name).isPresent();
    }

    @Override
    public Optional<String> optionalText(String name, int maxLength) {
        Optional<String> v = value(name);
        if (v.isPresent() && v.get().length() > maxLength) {
            throw new BadField(name, "Field '" + name + "' is too long: at most " + maxLength + " characters.",
                "{label} must be " + maxLength + " characters or fewer.");
        }
        return v.map(text -> Characters.text(name, text));
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
        throw new BadField(name, "Field '" + name + "' must be a whole number from " + min + " to " + max + ".",
            "{label} must be a whole number from " + min + " to " + max + ".");
    }

    public Optional<String> value(String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).strip());
    }

    /** Every value of a field that comes more than once (rows of a table), as typed, blanks included. */
    public List<String> values(String name) {
        return form.getOrDefault(name, List.of());
    }

    /** A field that must be filled in, or null (with the problem noted). */
    public String required(String name, int maxLength) {
        return check(() -> text(name, maxLength));
    }

    /** A field that may be empty: its text, or null when empty or wrong (with the problem noted). */
    public String optional(String name, int maxLength) {
        Optional<String> v = check(() -> optionalText(name, maxLength));
        return v == null ? null : v.orElse(null);
    }

    /** Runs a check that may refuse a field; notes the problem against that field and gives null. */
    public <T> T check(Supplier<T> read) {
        return check(null, read);
    }

    /** The same, noting the problem against the field of this id (where a name comes more than once), or the refused field's own. */
    public <T> T check(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (BadField e) {
            problem(field != null ? field : e.field(), e.onScreen());
            return null;
        }
    }

    /** Notes a problem; "{label}" in the message stands for the words that label the field. Null is the whole form. */
    public void problem(String field, String message) {
        String label = field == null ? null : labels.of(field);
        problems.add(new Form.Problem(field, message.replace("{label}", label != null ? label : UNLABELLED)));
    }

    /** Refuses the form (status 400) if any problem was noted, before anything is stored. */
    public void refuseIfWrong() {
        refuseIfWrong(400);
    }

    public void refuseIfWrong(int status) {
        if (!problems.isEmpty()) {
            throw new FormRefused(status, form());
        }
    }

    /** The form as typed, with the problems noted so far. */
    public Form form() {
        return Form.typed(form, problems);
    }
}
