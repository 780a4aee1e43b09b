package org.twofold.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One draft's slots, ready to fill its templates. Option words go in as written; the person's own
 * words go in worded into the slot's form where that was safe, and otherwise the sentence gets the
 * form's stand-in and the words are quoted whole after it, or in the slot's place where the form has a
 * frame for that (a short reason: "because, in my own words, “happy”"). A sentence with worded own words
 * that would not be well formed is quoted instead. Every part that quotes is remembered, for staff to word
 * with the person.
 */
final class Filling {
    private static final String SENTINEL = "\u2063";
    private final SlotTemplates templates;
    private final Recipe recipe;
    private final Map<String, SlotValue> slots;
    private final Predicate<String> wellFormed;
    private final Map<String, Object> context = new HashMap<>();
    private final Map<String, String> unworded = new HashMap<>();
    private final Map<String, String> quotedInPlace = new HashMap<>();
    private final Set<String> needsWording = new LinkedHashSet<>();
    private final Set<String> demoted = new LinkedHashSet<>();

    /**
     * quoteAlways names own-word slots to quote everywhere: those a first filling found would break a
     * sentence somewhere, so one draft never words the same answer in one place and quotes it in another.
     */
    Filling(SlotTemplates templates, Recipe recipe, Map<String, SlotValue> slots, Map<String, Object> builtIns,
            OwnWordsForms wording, Predicate<String> wellFormed, Set<String> quoteAlways) {
        this.templates = templates;
        this.recipe = recipe;
        this.slots = slots;
        this.wellFormed = wellFormed;
        context.putAll(builtIns);
        slots.forEach((slot, value) -> {
            if (value instanceof SlotValue.Phrase p) {
                context.put(slot, p.text());
            } else if (value instanceof SlotValue.Rating r) {
                context.put(slot, r);
            } else if (value instanceof SlotValue.OwnWords w) {
                Optional<String> worded = quoteAlways.contains(slot) ? Optional.empty() : wording.word(recipe.form(slot), w.words());
                if (worded.isPresent()) {
                    context.put(slot, worded.get());
                } else {
                    unworded.put(slot, w.words());
                    context.put(slot, recipe.form(slot).standIn());
                    wording.quoteInline(recipe.form(slot), w.words()).ifPresent(q -> quotedInPlace.put(slot, q));
                }
            }
        });
    }

    /** The text of one part of the draft; field names the part for needsWording. Blank when the template leaves it out. */
    String text(String field, String template) {
        return text(field, template, wellFormed);
    }

    /** The outcome, which is read back to the person: well formed, and easy read outside the quotes. */
    String readBack(String field, String template, Predicate<String> easyRead) {
        return text(field, template, wellFormed.and(easyRead));
    }

    private String text(String field, String template, Predicate<String> fits) {
        if (template == null) {
            return null;
        }
        Set<String> used = shown(template);
        List<String> quoted = new ArrayList<>(used.stream().filter(unworded::containsKey).toList());
        Map<String, Object> values = context;
        String text = templates.render(template, values);
        if (!text.isBlank() && !fits.test(text)) {
            List<String> worded = used.stream().filter(this::ownWords).filter(s -> !quoted.contains(s)).toList();
            if (!worded.isEmpty()) {
                Map<String, Object> standIns = new HashMap<>(context);
                worded.forEach(s -> standIns.put(s, recipe.form(s).standIn()));
                quoted.addAll(worded);
                demoted.addAll(worded);
                values = standIns;
                text = templates.render(template, values);
            }
        }
        if (text.isBlank() && quoted.isEmpty()) {
            return "";
        }
        if (!quoted.isEmpty()) {
            List<String> inPlace = text.isBlank() ? List.of() : quoted.stream().filter(this::quotesInPlace).distinct().toList();
            if (!inPlace.isEmpty()) {
                text = withQuotesInPlace(template, values, inPlace);
            }
            List<String> after = quoted.stream().filter(s -> !inPlace.contains(s)).toList();
            if (!after.isEmpty()) {
                text = withQuotes(text, after);
            }
            needsWording.add(field);
        }
        if (!fits.test(text)) {
            needsWording.add(field);
        }
        return text;
    }

    /** The own-word slots a template shows on this draft's path: not those in branches it does not take. */
    private Set<String> shown(String template) {
        Set<String> named = templates.slotsUsed(template);
        if (named.stream().noneMatch(this::ownWords)) {
            return named;
        }
        Map<String, Object> probe = new HashMap<>(context);
        named.stream().filter(this::ownWords).forEach(slot -> probe.put(slot, SENTINEL + slot + SENTINEL));
        String rendered = templates.render(template, probe);
        Set<String> shown = new LinkedHashSet<>();
        for (String slot : named) {
            if (!ownWords(slot) || rendered.contains(SENTINEL + slot + SENTINEL)) {
                shown.add(slot);
            }
        }
        return shown;
    }

    /** Own-word slots that broke a sentence when worded, and were quoted there instead. */
    Set<String> demoted() {
        return Set.copyOf(demoted);
    }

    List<String> needsWording() {
        return List.copyOf(needsWording);
    }

    private boolean ownWords(String slot) {
        return slots.get(slot) instanceof SlotValue.OwnWords;
    }

    /** Whether a slot's words, not worded, are quoted in the slot's place rather than after the sentence. */
    private boolean quotesInPlace(String slot) {
        return quotedInPlace.containsKey(slot) && unworded.containsKey(slot);
    }

    /**
     * The template again with these slots' words quoted whole in their places, "because, in my own words,
     * “happy”". Put in after rendering, so the words stay exactly as given; a quote that ends its own
     * sentence takes the place of the full stop after it.
     */
    private String withQuotesInPlace(String template, Map<String, Object> values, List<String> slots) {
        Map<String, Object> marked = new HashMap<>(values);
        slots.forEach(slot -> marked.put(slot, SENTINEL + slot + SENTINEL));
        String text = templates.render(template, marked);
        for (String slot : slots) {
            String mark = SENTINEL + slot + SENTINEL;
            String quote = quotedInPlace.get(slot);
            if (quote.matches("(?s).*[.!?]\u201D$")) {
                text = text.replace(mark + ".", mark);
            }
            if (quote.startsWith(",")) {
                text = text.replace(" " + mark, mark);
            }
            text = text.replace(mark, quote);
        }
        return text;
    }

    /** The text and the person's words quoted whole; a question keeps its question mark last, after the quotes. */
    private String withQuotes(String text, List<String> quoted) {
        boolean question = text.strip().endsWith("?");
        StringBuilder out = new StringBuilder(question ? "" : text.strip());
        if (!question && !text.isBlank() && !text.strip().matches("(?s).*[.!?]$")) {
            out.append('.');
        }
        for (String slot : new LinkedHashSet<>(quoted)) {
            String words = ((SlotValue.OwnWords) slots.get(slot)).words().strip();
            out.append(out.length() == 0 ? "" : " ").append(recipe.form(slot).quoteLeadIn()).append(": \u201C").append(words).append('\u201D');
            if (!words.matches("(?s).*[.!?]$")) {
                out.append('.');
            }
        }
        if (question) {
            out.append(' ').append(text.strip());
        }
        return out.toString();
    }
}
