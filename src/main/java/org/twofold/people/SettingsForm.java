package org.twofold.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twofold.web.FormFields;
import org.twofold.web.FormFields.Labels;

/**
 * The form of a person's screen settings, on their page and on the test board: read with the same rules
 * as saving (every wrong field noted, in the words of its label), and written back as a query.
 */
public final class SettingsForm {
    public static final Labels LABELS = Labels.of(
        "textSize", "Text size",
        "symbolSize", "Picture size",
        "layout", "Layout",
        "highContrast", "High contrast",
        "showLabels", "Show words under pictures",
        "readAloud", "Read aloud automatically",
        "speechRate", "Speech",
        "access", "How they choose",
        "scanMillis", "Scanning: time on each choice",
        "scanFirstPauseMillis", "Scanning: longer pause on the first choice",
        "dwellMillis", "Dwell time",
        "holdMillis", "Hold time before a touch counts");

    private SettingsForm() {}

    /** Whether the form carries settings at all (the test board opened plainly carries none). */
    public static boolean given(FormFields form) {
        return DisplaySettings.DEFAULT.fields().keySet().stream().anyMatch(form::has);
    }

    /** The settings as typed over the current ones; refuses the form, naming every wrong field, if any is. */
    public static DisplaySettings read(DisplaySettings current, FormFields form) {
        // An unticked box sends nothing: read it as false.
        Function<String, String> typed = name -> DisplaySettings.TICKS.contains(name)
            ? form.value(name).orElse("false")
            : form.value(name).orElse(null);
        for (String name : current.fields().keySet()) {
            form.check(name, () -> current.with(n -> n.equals(name) ? typed.apply(n) : null));
        }
        form.refuseIfWrong();
        return current.with(typed);
    }

    /** The settings as a query, with another way of choosing, so a link keeps every other unsaved setting. */
    public static String query(DisplaySettings settings, String access) {
        Map<String, String> fields = settings.fields();
        fields.put("access", access);
        return fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
