package org.twofold.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.DraftTemplate;
import org.twofold.draft.DraftTemplate.MilestoneTemplate;
import org.twofold.draft.Recipe;
import org.twofold.draft.SlotForm;
import org.twofold.draft.SlotTemplates;
import org.twofold.draft.SlotValue;
import org.twofold.language.EasyRead;
import org.twofold.language.OwnWordsCorpus;

/**
 * Renders every text of every draft template over the values its slots can hold (every option's
 * words, ratings given high, low and not at all, and real own-word answers from the corpus) and
 * reports any sentence that is not well formed, an outcome read back in sentences too long for easy
 * read, and a goal ladder left with fewer than 3 rungs.
 */
final class DraftSentences {
    private static final int MAX_COMBINATIONS = 240;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    private final DraftComposer composer;
    private final SlotTemplates templates;
    private final OwnWordsCorpus corpus;

    DraftSentences(DraftComposer composer, SlotTemplates templates, OwnWordsCorpus corpus) {
        this.composer = composer;
        this.templates = templates;
        this.corpus = corpus;
    }

    void check(Dialogue d, Report report) {
        Map<String, List<SlotValue>> values = values(d);
        for (int i = 0; i < d.nodes().size(); i++) {
            Node n = d.nodes().get(i);
            if (n.kind() != NodeKind.END || n.draft() == null) {
                continue;
            }
            Recipe recipe = d.recipe(n);
            for (String text : DraftTemplateCheck.texts(n.draft())) {
                if (text != null && !text.equals(n.draft().outcome())) {
                    checkText(recipe, text, values, report, i, n.id(), text.equals(n.draft().outcome()), false);
                }
            }
            checkText(recipe, n.draft().outcome(), values, report, i, n.id(), true, false);
            if (n.draft().escalation() != null) {
                for (var trigger : n.draft().escalation()) {
                    if (trigger.sign() != null && trigger.now() != null && trigger.tell() != null && trigger.by() != null) {
                        checkText(recipe, trigger.whole(), values, report, i, n.id(), false, false);
                    }
                }
            }
            for (String q : n.draft().reviewQuestions() == null ? List.<String>of() : n.draft().reviewQuestions()) {
                checkText(recipe, q, values, report, i, n.id(), false, true);
            }
            checkLadder(recipe, values, report, i, n.id());
        }
    }

    private void checkText(Recipe recipe, String text, Map<String, List<SlotValue>> values, Report report, int i,
                           String nodeId, boolean outcome, boolean question) {
        for (Map<String, SlotValue> slots : combinations(templates.slotsUsed(text), values)) {
            String rendered;
            try {
                rendered = outcome ? composer.outcomeStatement(recipe, slots, AT) : composer.fill(recipe, slots, text, AT);
            } catch (RuntimeException e) {
                return; // a template that does not render is reported by the slot checks
            }
            if (!rendered.isBlank() && !composer.wellFormed(rendered)) {
                report.node(i, nodeId, "a draft sentence would not be well formed: \"" + rendered + "\": "
                    + composer.malformation(rendered) + " (from \"" + text + "\")");
                return;
            }
            if (question && !rendered.isBlank() && !DraftComposer.withoutQuotes(rendered).endsWith("?")) {
                report.node(i, nodeId, "a review question is not a question: \"" + rendered + "\"");
                return;
            }
            if (outcome && !DraftComposer.easyRead(rendered)) {
                report.node(i, nodeId, "the outcome read back to the person has a sentence over "
                    + EasyRead.MAX_WORDS_PER_SENTENCE + " words: \"" + rendered + "\"");
                return;
            }
        }
    }

    private void checkLadder(Recipe recipe, Map<String, List<SlotValue>> values, Report report, int i, String nodeId) {
        DraftTemplate t = recipe.template();
        if (t.milestones() == null) {
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        t.milestones().forEach(m -> used.addAll(templates.slotsUsed(m.personDoes())));
        for (Map<String, SlotValue> slots : combinations(used, values)) {
            int rungs = 0;
            for (MilestoneTemplate m : t.milestones()) {
                try {
                    rungs += composer.fill(recipe, slots, m.personDoes(), AT).isBlank() ? 0 : 1;
                } catch (RuntimeException e) {
                    return;
                }
            }
            if (rungs < 3) {
                report.node(i, nodeId, "the goal ladder can be left with " + rungs + " rungs (needs at least 3), e.g. with " + slots);
                return;
            }
        }
    }

    /** Every value each slot can hold in this dialogue. */
    private Map<String, List<SlotValue>> values(Dialogue d) {
        Map<String, Set<SlotValue>> out = new LinkedHashMap<>();
        for (Node n : d.nodes()) {
            if (n.kind() == NodeKind.RATING && n.slot() != null) {
                out.computeIfAbsent(n.slot(), k -> new LinkedHashSet<>()).addAll(List.of(new SlotValue.Rating(2, DAY),
                    new SlotValue.Rating(5, DAY), new SlotValue.Rating(3, DAY), new SlotValue.Rating(null, DAY)));
                continue;
            }
            for (Map.Entry<String, String> set : SlotFormCheck.values(n)) {
                out.computeIfAbsent(set.getKey(), k -> new LinkedHashSet<>()).add(new SlotValue.Phrase(set.getValue()));
            }
            if (n.kind() == NodeKind.CHOICE && n.slot() != null) {
                SlotForm form = d.slots().getOrDefault(n.slot(), SlotForm.SENTENCE);
                Set<SlotValue> own = out.computeIfAbsent(n.slot(), k -> new LinkedHashSet<>());
                corpus.of(form.code()).forEach(words -> own.add(new SlotValue.OwnWords(words)));
                corpus.of("sentence").stream().limit(3).forEach(words -> own.add(new SlotValue.OwnWords(words)));
            }
        }
        Map<String, List<SlotValue>> lists = new HashMap<>();
        out.forEach((slot, set) -> lists.put(slot, List.copyOf(set)));
        return lists;
    }

    /**
     * Slot maps to render a text with: all of them when there are few, else every value of every slot
     * at least once, beside values drawn (with a fixed seed) for the others.
     */
    static List<Map<String, SlotValue>> combinations(Set<String> slots, Map<String, List<SlotValue>> values) {
        List<String> names = slots.stream().filter(values::containsKey).toList();
        long total = 1;
        for (String name : names) {
            total = Math.min(Long.MAX_VALUE / 1000, total * values.get(name).size());
        }
        List<Map<String, SlotValue>> out = new ArrayList<>();
        if (total <= MAX_COMBINATIONS) {
            out.add(new HashMap<>());
            for (String name : names) {
                List<Map<String, SlotValue>> next = new ArrayList<>();
                for (Map<String, SlotValue> partial : out) {
                    for (SlotValue v : values.get(name)) {
                        Map<String, SlotValue> m = new HashMap<>(partial);
                        m.put(name, v);
                        next.add(m);
                    }
                }
                out = next;
            }
            return out;
        }
        Random random = new Random(names.hashCode());
        for (String name : names) {
            for (SlotValue v : values.get(name)) {
                Map<String, SlotValue> m = new HashMap<>();
                for (String other : names) {
                    List<SlotValue> options = values.get(other);
                    m.put(other, other.equals(name) ? v : options.get(random.nextInt(options.size())));
                }
                out.add(m);
            }
        }
        return out;
    }
}
