package org.twofold.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.twofold.draft.DraftComposer;
import org.twofold.draft.SlotTemplates;
import org.twofold.language.EasyRead;
import org.twofold.language.OwnWordsCorpus;
import org.twofold.language.StatementCheck;
import org.twofold.symbols.SymbolCatalogue;

/**
 * Checks dialogues before anyone meets them: two options a choice, every link and symbol
 * resolves, every node reachable and on a way to an end, every draft slot set on every path,
 * easy-read prompts and labels, and, given a statement check, the wording of each outcome.
 * Reports every problem at once.
 */
public final class DialogueValidator {
    static final Set<String> RESERVED_OPTIONS = Set.of("not-sure", "something-else");
    private static final int MAX_PROMPT_SENTENCES = 2;

    private final SymbolCatalogue symbols;
    private final DraftTemplateCheck draftCheck;
    private final SlotFormCheck forms = new SlotFormCheck();
    private final OutcomeWording wording;
    private final DraftSentences sentences;

    /** Checks the structure, slot forms and easy read only: what the server does before its language models are loaded. */
    public DialogueValidator(SymbolCatalogue symbols, SlotTemplates templates) {
        this(symbols, templates, null, null);
    }

    /**
     * Also checks each outcome's wording with the statement check and, given a composer and a corpus of
     * own words, that every sentence the drafts could hold is well formed.
     */
    public DialogueValidator(SymbolCatalogue symbols, SlotTemplates templates, StatementCheck statements, Sentences sentences) {
        this.symbols = symbols;
        this.draftCheck = new DraftTemplateCheck(templates);
        this.wording = statements == null ? null : new OutcomeWording(statements, templates);
        this.sentences = sentences == null ? null : new DraftSentences(sentences.composer(), templates, sentences.corpus());
    }

    /** What rendering every draft sentence needs: the composer, and real own-word answers to fill own-word slots with. */
    public record Sentences(DraftComposer composer, OwnWordsCorpus corpus) {}

    /** Checks dialogues that have no board nodes to refer to boards. */
    public List<Problem> validate(List<DialogueFile> files) {
        return validate(files, Set.of());
    }

    /** Checks dialogues, whose board nodes may name the given boards. */
    public List<Problem> validate(List<DialogueFile> files, Set<String> boards) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (DialogueFile f : files) {
            Report report = new Report(f, problems);
            String id = f.dialogue().id();
            if (id != null && seenIds.containsKey(id)) {
                report.file("/id", "dialogue id '" + id + "' is also used by " + seenIds.get(id));
            }
            seenIds.putIfAbsent(id, f.name());
            try {
                validate(f, report, boards);
            } catch (RuntimeException e) {
                // A file bent out of shape in a way no check foresaw is still a problem to report, never a crash.
                report.file("/", "could not be checked to the end (" + e + "): mend the problems above and check it again");
            }
        }
        return problems;
    }

    private void validate(DialogueFile f, Report report, Set<String> boards) {
        Dialogue d = f.dialogue();
        if (blank(d.id())) {
            report.file("/id", "has no id");
        } else if (!f.name().equals(d.id() + ".yaml")) {
            report.file("/id", "id '" + d.id() + "' should match the file name " + f.name());
        }
        if (blank(d.title())) {
            report.file("/title", "has no title");
        }
        if (blank(d.area())) {
            report.file("/area", "has no area");
        }
        checkSymbol(report, "/symbol", null, d.symbol());
        if (d.nodes().isEmpty()) {
            report.file("/nodes", "has no nodes");
            return;
        }
        if (d.node(d.start()).isEmpty()) {
            report.file("/start", "start '" + d.start() + "' is not a node");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < d.nodes().size(); i++) {
            Node n = d.nodes().get(i);
            if (blank(n.id())) {
                report.node(i, null, "node has no id");
                continue;
            }
            if (!ids.add(n.id())) {
                report.node(i, n.id(), "node id is used twice");
            }
            checkNode(d, i, n, report, boards);
        }
        checkGraph(d, report);
        forms.check(d, report);
        if (wording != null) {
            wording.check(d, report);
        }
        if (sentences != null) {
            sentences.check(d, report);
        }
    }

    private void checkNode(Dialogue d, int i, Node n, Report report, Set<String> boards) {
        String at = "/nodes/" + i;
        if (n.kind() == null) {
            report.node(i, n.id(), "has no kind (choice, rating, confirm, board or end)");
            return;
        }
        if (n.kind() == NodeKind.BOARD || n.kind() == NodeKind.PAIRS) {
            checkBoardNode(d, i, n, report, boards);
            return;
        }
        if (n.kind() != NodeKind.END) {
            checkPrompt(report, at + "/prompt", n.id(), n.prompt());
            checkSymbol(report, at + "/symbol", n.id(), n.symbol());
        }
        switch (n.kind()) {
            case CHOICE -> checkChoice(d, i, n, report);
            case RATING -> {
                if (blank(n.slot())) {
                    report.node(i, n.id(), "a rating needs a slot to hold it");
                }
                checkLink(d, report, at + "/next", n.id(), "next", n.next());
            }
            case CONFIRM -> {
                checkLink(d, report, at + "/yes", n.id(), "yes", n.yes());
                checkLink(d, report, at + "/change", n.id(), "change", n.change());
                d.node(n.yes()).filter(target -> target.kind() != NodeKind.END).ifPresent(target ->
                    report.at(at + "/yes", n.id(), "yes must lead to an end node, so the draft can be read back"));
            }
            case END -> draftCheck.checkShape(d, i, n, report);
            default -> { }
        }
    }

    /** A board node names a board that exists; the pairs after it are the loader's, never written in a file. */
    private static void checkBoardNode(Dialogue d, int i, Node n, Report report, Set<String> boards) {
        if (n.kind() == NodeKind.PAIRS) {
            report.node(i, n.id(), "pairs nodes are made after each board node and cannot be written in a dialogue");
            return;
        }
        if (blank(n.board())) {
            report.node(i, n.id(), "a board node needs the id of its board");
        } else if (!boards.contains(n.board())) {
            report.node(i, n.id(), "board '" + n.board() + "' does not exist");
        }
        if (d.node(n.pairsId()).isPresent()) {
            report.node(i, n.id(), "node id '" + n.pairsId() + "' is kept for the pairs after this board");
        }
    }

    private void checkChoice(Dialogue d, int i, Node n, Report report) {
        String at = "/nodes/" + i;
        checkPair(d, report, at + "/options", n.id(), n.options());
        if (n.notSure() == null) {
            report.node(i, n.id(), "needs notSure: a rephrased prompt, and maybe another pair of options");
        } else {
            checkPrompt(report, at + "/notSure/prompt", n.id(), n.notSure().prompt());
            if (!n.notSure().options().isEmpty()) {
                checkPair(d, report, at + "/notSure/options", n.id(), n.notSure().options());
            }
        }
        Set<String> optionIds = new HashSet<>();
        for (Option o : n.allOptions()) {
            if (o.id() != null && !optionIds.add(o.id())) {
                report.node(i, n.id(), "option id '" + o.id() + "' is used twice");
            }
        }
        if (n.elseBranch() != null && n.elseBranch().next() != null) {
            checkLink(d, report, at + "/else/next", n.id(), "else next", n.elseBranch().next());
        }
    }

    private void checkPair(Dialogue d, Report report, String at, String nodeId, List<Option> options) {
        if (options.size() != 2) {
            report.at(at, nodeId, "a choice needs exactly two options, not " + options.size());
        }
        for (int j = 0; j < options.size(); j++) {
            Option o = options.get(j);
            String where = at + "/" + j;
            if (blank(o.id())) {
                report.at(where, nodeId, "an option has no id");
            } else if (RESERVED_OPTIONS.contains(o.id())) {
                report.at(where, nodeId, "option id '" + o.id() + "' is reserved");
            }
            if (blank(o.label())) {
                report.at(where, nodeId, "option '" + o.id() + "' has no label");
            } else {
                EasyRead.problems(o.label(), 1).forEach(p -> report.at(where + "/label", nodeId, "label " + p));
            }
            checkSymbol(report, where + "/symbol", nodeId, o.symbol());
            checkLink(d, report, where + "/next", nodeId, "next of option '" + o.id() + "'", o.next());
        }
    }

    private void checkGraph(Dialogue d, Report report) {
        SlotFlow flow = new SlotFlow(d);
        Set<String> reachable = flow.reachable();
        Set<String> reachingEnd = flow.reachingAnEnd();
        Map<String, Set<String>> guaranteed = flow.guaranteedSlots();
        for (int i = 0; i < d.nodes().size(); i++) {
            Node n = d.nodes().get(i);
            if (blank(n.id())) {
                continue;
            }
            if (!reachable.contains(n.id())) {
                report.node(i, n.id(), "cannot be reached from the start");
            } else if (!reachingEnd.contains(n.id())) {
                report.node(i, n.id(), "no path from here reaches an end");
            }
            if (reachable.contains(n.id())) {
                draftCheck.checkSlots(d, i, n, guaranteed.getOrDefault(n.id(), Set.of()), report);
            }
        }
    }

    private void checkPrompt(Report report, String at, String nodeId, String prompt) {
        if (blank(prompt)) {
            report.at(at, nodeId, "has no prompt");
            return;
        }
        EasyRead.problems(prompt, MAX_PROMPT_SENTENCES).forEach(p -> report.at(at, nodeId, "prompt " + p));
    }

    private void checkSymbol(Report report, String at, String nodeId, String symbol) {
        if (blank(symbol)) {
            report.at(at, nodeId, "has no symbol");
        } else if (!symbols.has(symbol)) {
            report.at(at, nodeId, "symbol '" + symbol + "' is not in the symbol library");
        }
    }

    private static void checkLink(Dialogue d, Report report, String at, String nodeId, String what, String target) {
        if (blank(target)) {
            report.at(at, nodeId, what + " is missing");
        } else if (d.node(target).isEmpty()) {
            report.at(at, nodeId, what + " '" + target + "' is not a node");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
