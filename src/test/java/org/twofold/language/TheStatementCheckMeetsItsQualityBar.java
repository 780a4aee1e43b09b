package org.twofold.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TheStatementCheckMeetsItsQualityBar {
    private static final Set<String> HELD_TO_THE_BAR = Set.of("staff-voice", "process", "vague", "third-person", "no-why");
    private static StatementCheck check;

    @BeforeAll
    static void loadModels() {
        check = new StatementCheck(new Analyser(LanguageModels.loadInBackground(), Duration.ofSeconds(30)));
    }

    /** Counts per code: true positives, false positives, false negatives. */
    private record Score(int[][] counts, List<String> misses) {
        double precision(IssueCode code) {
            int[] c = counts[code.ordinal()];
            return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        }

        double recall(IssueCode code) {
            int[] c = counts[code.ordinal()];
            return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        }

        String table() {
            StringBuilder t = new StringBuilder(String.format("%-13s %5s %5s %5s %9s %7s%n", "code", "tp", "fp", "fn", "precision", "recall"));
            for (IssueCode code : IssueCode.values()) {
                int[] c = counts[code.ordinal()];
                t.append(String.format("%-13s %5d %5d %5d %9.3f %7.3f%n", code.code(), c[0], c[1], c[2], precision(code), recall(code)));
            }
            return t.toString();
        }
    }

    private static Score score(List<LabelledStatements.Labelled> set) {
        int[][] counts = new int[IssueCode.values().length][3];
        List<String> misses = new ArrayList<>();
        for (LabelledStatements.Labelled l : set) {
            Set<String> found = new TreeSet<>();
            check.check(l.text()).codes().forEach(c -> found.add(c.code()));
            for (IssueCode code : IssueCode.values()) {
                boolean expected = l.codes().contains(code.code());
                boolean got = found.contains(code.code());
                counts[code.ordinal()][0] += expected && got ? 1 : 0;
                counts[code.ordinal()][1] += !expected && got ? 1 : 0;
                counts[code.ordinal()][2] += expected && !got ? 1 : 0;
            }
            if (!found.equals(l.codes())) {
                misses.add("  expected " + l.codes() + " got " + found + ": " + l.text());
            }
        }
        return new Score(counts, misses);
    }

    @Test
    void precisionAndRecallPerCodeOverTheLabelledSet() {
        List<LabelledStatements.Labelled> set = LabelledStatements.all();
        assertTrue(set.size() >= 150, "the labelled set has " + set.size() + " statements");
        assertMeetsTheBar("labelled", set, HELD_TO_THE_BAR);
    }

    /**
     * The bar that counts: a set written from the codes' definitions alone, by someone who had not read the
     * rules, with every code held to it, malformed and too-long included.
     */
    @Test
    void precisionAndRecallPerCodeOverStatementsWrittenFromTheDefinitionsAlone() {
        List<LabelledStatements.Labelled> set = LabelledStatements.unseen();
        assertTrue(set.size() >= 200, "the unseen set has " + set.size() + " statements");
        Set<String> everyCode = new TreeSet<>();
        for (IssueCode code : IssueCode.values()) {
            everyCode.add(code.code());
        }
        assertMeetsTheBar("unseen", set, everyCode);
    }

    private static void assertMeetsTheBar(String name, List<LabelledStatements.Labelled> set, Set<String> codes) {
        Score score = score(set);
        System.out.println("Statement check over " + set.size() + " " + name + " statements:\n" + score.table()
            + score.misses().size() + " differ from their labels:\n" + String.join("\n", score.misses()));
        List<String> failing = new ArrayList<>();
        for (IssueCode code : IssueCode.values()) {
            if (codes.contains(code.code()) && (score.precision(code) < 0.9 || score.recall(code) < 0.85)) {
                failing.add(code.code());
            }
        }
        assertTrue(failing.isEmpty(), "below 0.9 precision or 0.85 recall: " + failing + "\n" + score.table());
    }

    /** Reported, not held to the bar: how the check does on wording it was not written against. */
    @Test
    void reportsTheHeldOutSet() {
        List<LabelledStatements.Labelled> set = LabelledStatements.holdout();
        Score score = score(set);
        System.out.println("Statement check over " + set.size() + " held-out statements:\n" + score.table()
            + score.misses().size() + " differ from their labels:\n" + String.join("\n", score.misses()));
        assertTrue(set.size() >= 50, "the held-out set has " + set.size() + " statements");
    }
}
