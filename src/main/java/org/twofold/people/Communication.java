package org.twofold.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.twofold.web.FormFields;
import org.twofold.web.JsonBody;

/**
 * A person's communication needs, recorded as the Accessible Information Standard (DAPB1605) asks: how they
 * communicate, how to communicate with them, the format they need information in, the support they need, and
 * who can help. Each is optional text in the words of those who know them.
 */
public record Communication(String howICommunicate, String howToCommunicateWithMe, String format, String support, String whoCanHelp) {
    public static final Communication NONE = new Communication(null, null, null, null, null);
    /** The most each need may be. */
    public static final int MAX = 1000;
    static final Set<String> FIELDS = Set.of("howICommunicate", "howToCommunicateWithMe", "format", "support", "whoCanHelp");
    /** The words that label each need on a page, in the order it shows them. */
    static final FormFields.Labels LABELS = FormFields.Labels.of(
        "howICommunicate", "How I communicate",
        "howToCommunicateWithMe", "How to communicate with me",
        "format", "The format I need information in",
        "support", "Support I need",
        "whoCanHelp", "Who can help");

    /** Whether nothing is recorded. */
    @JsonIgnore
    public boolean isEmpty() {
        return Stream.of(howICommunicate, howToCommunicateWithMe, format, support, whoCanHelp).allMatch(v -> v == null || v.isBlank());
    }

    /** The needs by field, for a form to show. */
    Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("howICommunicate", howICommunicate);
        m.put("howToCommunicateWithMe", howToCommunicateWithMe);
        m.put("format", format);
        m.put("support", support);
        m.put("whoCanHelp", whoCanHelp);
        return m;
    }

    /** The needs as sent to the API: whole, each absent one cleared; a wrong one refuses the lot. */
    static Communication from(JsonBody body) {
        body.allowOnly(FIELDS);
        return new Communication(body.optionalText("howICommunicate", MAX).orElse(null),
            body.optionalText("howToCommunicateWithMe", MAX).orElse(null), body.optionalText("format", MAX).orElse(null),
            body.optionalText("support", MAX).orElse(null), body.optionalText("whoCanHelp", MAX).orElse(null));
    }

    /** The needs as typed on the page, each problem noted against its box (refuse the form before storing them). */
    static Communication from(FormFields form) {
        return new Communication(form.optional("howICommunicate", MAX), form.optional("howToCommunicateWithMe", MAX),
            form.optional("format", MAX), form.optional("support", MAX), form.optional("whoCanHelp", MAX));
    }
}
