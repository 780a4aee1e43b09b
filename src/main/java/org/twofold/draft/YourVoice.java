package org.twofold.draft;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template filter "you": words in my voice turned to yours, for a question put to the person.
 * "wash my face" becomes "wash your face", "I am" becomes "you are".
 */
final class YourVoice extends AbstractExtension {
    private static final Pattern MINE = Pattern.compile(
        "\\b(I am|I'm|I was|I've|I'd|I'll|I|me|my|mine|myself)\\b");
    private static final Map<String, String> YOURS = Map.ofEntries(
        Map.entry("I am", "you are"), Map.entry("I'm", "you're"), Map.entry("I was", "you were"),
        Map.entry("I've", "you've"), Map.entry("I'd", "you'd"), Map.entry("I'll", "you'll"), Map.entry("I", "you"),
        Map.entry("me", "you"), Map.entry("my", "your"), Map.entry("mine", "yours"), Map.entry("myself", "yourself"));

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("you", new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int lineNumber) {
                return input == null ? null : yours(input.toString());
            }
        });
    }

    static String yours(String text) {
        Matcher m = MINE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(YOURS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
