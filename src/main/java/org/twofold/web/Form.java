package org.twofold.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form as a screen shows it: the value in each field and, once refused, what is wrong, in the words
 * of each field's label. Fresh, it shows what is stored; refused, it shows exactly what was typed.
 */
public final class Form {
    /** One thing wrong: the id of the field on the page (the summary links to it; null for the whole form) and the message. */
    public record Problem(String field, String message) {}

    private final Map<String, List<String>> values;
    private final List<Problem> problems;

    private Form(Map<String, List<String>> values, List<Problem> problems) {
        this.values = values;
        this.problems = List.copyOf(problems);
    }

    /** A form showing stored values, each as text (a tick as true or false); a null value leaves its field empty. */
    public static Form showing(Map<String, ?> stored) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        stored.forEach((name, v) -> {
            if (v instanceof Collection<?> many) {
                values.put(name, many.stream().map(String::valueOf).toList());
            } else if (v != null) {
                values.put(name, List.of(String.valueOf(v)));
            }
        });
        return new Form(values, List.of());
    }

    static Form typed(Map<String, List<String>> typed, List<Problem> problems) {
        return new Form(new LinkedHashMap<>(typed), problems);
    }

    /** The field's value, or empty text. */
    public String value(String name) {
        return value(name, 0);
    }

    /** The value of the index-th field of this name (rows of a table, people present), or empty text. A long, as templates count. */
    public String value(String name, long index) {
        List<String> v = values.getOrDefault(name, List.of());
        return index >= 0 && index < v.size() ? v.get((int) index) : "";
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether a radio button or tick box with this value is chosen. */
    public boolean checked(String name, String value) {
        return values(name).contains(value);
    }

    public boolean refused() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** What is wrong with the field of this id, or null. */
    public String problem(String field) {
        return problems.stream().filter(p -> field.equals(p.field())).map(Problem::message).findFirst().orElse(null);
    }
}
