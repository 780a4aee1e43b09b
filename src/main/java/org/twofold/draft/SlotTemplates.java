package org.twofold.draft;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pebble string templates over a conversation's slots. Plain text out: escaping happens
 * where the text is shown (HTML) or written (JSON), never here.
 */
public final class SlotTemplates {
    private static final Pattern TAG = Pattern.compile("\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern FILTER = Pattern.compile("\\|\\s*[A-Za-z_]\\w*");
    private static final Pattern NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");
    private static final Set<String> KEYWORDS = Set.of("if", "elseif", "else", "endif", "for", "in", "endfor",
        "and", "or", "not", "is", "null", "none", "true", "false", "empty", "defined", "set");

    private final PebbleEngine engine = new PebbleEngine.Builder()
        .loader(new StringLoader())
        .extension(new YourVoice())
        .autoEscaping(false)
        .strictVariables(true)
        .newLineTrimming(false)
        .build();
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    /** Renders a template; a slot it uses that is missing is an error (the validator prevents it). */
    public String render(String template, Map<String, ?> slots) {
        if (template == null) {
            return null;
        }
        PebbleTemplate t = compile(template);
        StringWriter out = new StringWriter();
        try {
            t.evaluate(out, new HashMap<>(slots));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tidy(out.toString());
    }

    public PebbleTemplate compile(String template) {
        return compiled.computeIfAbsent(template, engine::getTemplate);
    }

    /** The slot names a template reads. */
    public Set<String> slotsUsed(String template) {
        Set<String> names = new LinkedHashSet<>();
        if (template == null) {
            return names;
        }
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            String body = tag.group(1) != null ? tag.group(1) : tag.group(2);
            body = FILTER.matcher(STRING.matcher(body).replaceAll(" ")).replaceAll(" ");
            Matcher name = NAME.matcher(body);
            while (name.find()) {
                if (!KEYWORDS.contains(name.group(1))) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** Slots left empty (a "not sure") must not leave double spaces or a space before a full stop. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").replaceAll(" ([.,?!])", "$1").strip();
    }
}
