package org.twofold.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.twofold.language.Analyser;
import org.twofold.language.LabelledStatements;
import org.twofold.language.LanguageModels;
import org.twofold.language.StatementCheck;
import org.twofold.language.SymbolSuggestions;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/**
 * How long the statement check (and symbol suggestion) takes per statement, after warm-up, over the
 * labelled set. The goal is a p95 of at most 5 ms per statement for the check.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.twofold.bench.LanguageBenchmark</pre>
 */
public final class LanguageBenchmark {
    private static final double GOAL_P95_MS = 5.0;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 20;

    private LanguageBenchmark() {}

    public static void main(String[] args) {
        List<String> texts = LabelledStatements.all().stream().map(LabelledStatements.Labelled::text).toList();
        long start = System.nanoTime();
        LanguageModels models = LanguageModels.loadInBackground();
        Analyser analyser = new Analyser(models, Duration.ofMinutes(1));
        StatementCheck check = new StatementCheck(analyser);
        check.check("I want to cook.");
        System.out.printf("Models loaded and first check done in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        SymbolSuggestions symbols = new SymbolSuggestions(SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml()), analyser);

        double[] checks = time(texts, check::check);
        double[] suggestions = time(texts, symbols::suggest);
        System.out.printf("%d statements, %d warm-up and %d measured rounds, one thread%n", texts.size(), WARM_UP_ROUNDS, MEASURED_ROUNDS);
        report("statement check", checks);
        report("symbol suggestions", suggestions);
        double p95 = percentile(checks, 95);
        System.out.printf("Goal: statement check p95 <= %.1f ms: %s%n", GOAL_P95_MS, p95 <= GOAL_P95_MS ? "met" : "NOT MET");
        if (p95 > GOAL_P95_MS) {
            throw new IllegalStateException(String.format("statement check p95 %.2f ms is over the %.1f ms goal", p95, GOAL_P95_MS));
        }
    }

    private static double[] time(List<String> texts, java.util.function.Consumer<String> work) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            texts.forEach(work);
        }
        double[] ms = new double[texts.size() * MEASURED_ROUNDS];
        int i = 0;
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            for (String text : texts) {
                long t0 = System.nanoTime();
                work.accept(text);
                ms[i++] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] sortedMs) {
        System.out.printf("%-19s p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what,
            percentile(sortedMs, 50), percentile(sortedMs, 95), percentile(sortedMs, 99), sortedMs[sortedMs.length - 1]);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
