package org.twofold.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twofold.draft.DraftTemplate;
import org.twofold.draft.SlotForm;

/**
 * Checks that every slot has a declared form, that options write their values in that form, and that
 * every draft template uses each slot in a frame that fits it: an action after "to" or "I", a reason
 * straight after what it explains (it carries its own "so" or "because"), a sentence on its own.
 */
final class SlotFormCheck {
    static final Set<String> BUILT_INS = Set.of("today", "checkEvery");
    private static final Pattern PRINT = Pattern.compile("\\{\\{\\s*([A-Za-z_]\\w*)([^}]*)}}");
    private static final Pattern ACTION_BEFORE = Pattern.compile(
        "(?i)(?:^|\\W)(to|I|me|will|can|could|would|should|might|must|and|or|not|then|also|still|just|help|let|you|never|always)\\s*$");
    private static final Pattern REASON_BEFORE = Pattern.compile("(?i)(?:^|\\W)(so|because|cos|that|as|to|so I|I)\\s*$");
    private static final Pattern REASON_START = Pattern.compile("^(so|because|as|to)\\b.*");

    void check(Dialogue d, Report report) {
        Map<String, SlotForm> forms = d.slots();
        for (int i = 0; i < d.nodes().size(); i++) {
            Node n = d.nodes().get(i);
            if (n.kind() == null || n.id() == null) {
                continue;
            }
            String at = "/nodes/" + i;
            if (n.slot() != null) {
                SlotForm form = declared(forms, report, at + "/slot", n.id(), n.slot());
                if (form != null && n.kind() == NodeKind.RATING && form != SlotForm.RATING) {
                    report.at(at + "/slot", n.id(), "slot '" + n.slot() + "' holds a rating: declare it with form rating");
                } else if (form != null && n.kind() == NodeKind.CHOICE && !form.takesOwnWords()) {
                    report.at(at + "/slot", n.id(), "slot '" + n.slot() + "' takes the person's own words, so it cannot be a " + form.code());
                }
            }
            for (Map.Entry<String, String> set : values(n)) {
                SlotForm form = declared(forms, report, at, n.id(), set.getKey());
                if (form != null) {
                    checkValue(report, at, n.id(), set.getKey(), form, set.getValue());
                }
            }
            if (n.kind() == NodeKind.END && n.draft() != null) {
                for (String text : DraftTemplateCheck.texts(n.draft())) {
                    checkFrames(forms, report, at + "/draft", n.id(), text);
                }
                checkConfidence(forms, report, at + "/draft", n.id(), n.draft());
            }
        }
    }

    /** Every value a node's options, else branch and open question set, slot by slot. */
    static List<Map.Entry<String, String>> values(Node n) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        n.allOptions().forEach(o -> out.addAll(o.set().entrySet()));
        if (n.elseBranch() != null) {
            out.addAll(n.elseBranch().set().entrySet());
        }
        if (n.canBeLeftOpen()) {
            out.addAll(n.notSure().open().set().entrySet());
        }
        return out;
    }

    private static SlotForm declared(Map<String, SlotForm> forms, Report report, String at, String nodeId, String slot) {
        SlotForm form = forms.get(slot);
        if (form == null) {
            report.at(at, nodeId, "slot '" + slot + "' has no form: declare it under slots (action, reason, sentence, thing, "
                + "person, place, time, flag or rating)");
        }
        return form;
    }

    private static void checkValue(Report report, String at, String nodeId, String slot, SlotForm form, String value) {
        String v = value == null ? "" : value.strip();
        String problem = switch (form) {
            case REASON -> REASON_START.matcher(v).matches() ? null : "a reason carries its own joining word (\"so I ...\", \"because ...\")";
            case SENTENCE -> v.isEmpty() || Character.isUpperCase(v.charAt(0)) && v.matches("(?s).*[.!?]$") ? null
                : "a sentence starts with a capital letter and ends with a full stop";
            case ACTION -> v.matches("^(?:to|I|so|because)\\b.*") || v.endsWith(".") ? "an action starts with a verb, as in \"wash my face\"" : null;
            case FLAG -> v.matches("[\\w-]+") ? null : "a flag is one word";
            case THING, PERSON, PLACE, TIME -> v.endsWith(".") ? "a " + form.code() + " is a phrase, not a sentence" : null;
            case RATING -> "a rating is set by a rating node, not by an option";
        };
        if (problem != null) {
            report.at(at, nodeId, "slot '" + slot + "' is a " + form.code() + ": " + problem + ", not \"" + v + "\"");
        }
    }

    private static void checkFrames(Map<String, SlotForm> forms, Report report, String at, String nodeId, String text) {
        if (text == null) {
            return;
        }
        Matcher m = PRINT.matcher(text);
        while (m.find()) {
            String slot = m.group(1);
            if (BUILT_INS.contains(slot)) {
                continue;
            }
            SlotForm form = forms.get(slot);
            if (form == null) {
                report.at(at, nodeId, "template uses slot '" + slot + "', which has no form: declare it under slots");
                continue;
            }
            String before = text.substring(0, m.start()).replaceAll("\\{%.*?%}", "");
            String problem = switch (form) {
                case ACTION -> ACTION_BEFORE.matcher(before).find() ? null : "an action fits after \"to\", \"I\" or \"help me\"";
                case REASON -> REASON_BEFORE.matcher(before).find() || before.isBlank() || before.strip().matches("(?s).*[.!?]$")
                    ? "a reason carries its own \"so\" or \"because\": write it straight after what it explains" : null;
                case SENTENCE -> before.isBlank() || before.strip().matches("(?s).*[.!?:]$") ? null : "a sentence stands on its own";
                case FLAG -> "a flag picks wording in {% if %} and is never shown";
                case RATING -> text.contains(slot + ".given") ? null : "show a rating only inside {% if " + slot + ".given %}";
                default -> null;
            };
            if (problem != null) {
                report.at(at, nodeId, "slot '" + slot + "' (" + form.code() + ") does not fit where it is used: " + problem
                    + ". In \"" + text + "\"");
            }
        }
    }

    private static void checkConfidence(Map<String, SlotForm> forms, Report report, String at, String nodeId, DraftTemplate t) {
        if (t.confidence() != null && forms.get(t.confidence()) != SlotForm.RATING) {
            report.at(at + "/confidence", nodeId, "confidence '" + t.confidence() + "' is not a rating slot");
        }
        if (t.checkEveryWeeks() != null && (t.checkEveryWeeks() < 1 || t.checkEveryWeeks() > 2)) {
            report.at(at + "/checkEveryWeeks", nodeId, "checkEveryWeeks must be 1 or 2");
        }
    }
}
