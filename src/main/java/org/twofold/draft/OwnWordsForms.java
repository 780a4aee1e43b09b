package org.twofold.draft;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.twofold.language.OwnWordsWording;

/** The person's own words worded into a slot's form by the language module, where that is safe. */
public final class OwnWordsForms {
    private static final int REMEMBERED = 10_000;

    private final OwnWordsWording wording;

    public OwnWordsForms(OwnWordsWording wording) {
        this.wording = wording;
    }

    private final Map<String, Optional<String>> worded = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
            return size() > REMEMBERED;
        }
    });

    public Optional<String> word(SlotForm form, String words) {
        return worded.computeIfAbsent(form.code() + "\t" + words, key -> wordNow(form, words));
    }

    /** The words quoted whole in the slot's place, for a form that has a frame for it and words that read as such. */
    public Optional<String> quoteInline(SlotForm form, String words) {
        return form == SlotForm.REASON && wording.readsAsAReason(words)
            ? form.inlineQuote(words, wording.joinsItself(words)) : Optional.empty();
    }

    private Optional<String> wordNow(SlotForm form, String words) {
        return switch (form) {
            case ACTION -> wording.action(words);
            case REASON -> wording.reason(words);
            case TIME -> wording.time(words);
            case PERSON -> wording.person(words);
            case PLACE, THING -> wording.noun(words);
            case SENTENCE -> wording.sentence(words);
            case FLAG, RATING -> Optional.empty();
        };
    }
}
