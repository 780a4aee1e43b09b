package org.twofold.dialogue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.twofold.draft.SlotTemplates;
import org.twofold.symbols.SymbolCatalogue;
import org.twofold.web.Json;

/**
 * A dialogue file of any content (random bytes, a shipped dialogue cut or bent out of shape, deep nesting,
 * aliases that would expand a billion times, huge strings, wrong types) comes back as problems to report,
 * quickly: no exception escapes the loader and validator, and nothing hangs.
 */
class HostileDialogueFilesAreReported {
    /** Far beyond what a real library takes (well under a second), yet no wait for a hang on a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static SymbolCatalogue symbols;
    private static String shipped;
    private static Path root;

    @BeforeContainer
    static void readTheShippedLibrary() throws IOException {
        symbols = SymbolCatalogue.load(Path.of("symbol-library"), Json.yaml());
        shipped = Files.readString(Path.of("dialogues", "getting-out.yaml"));
        root = Files.createTempDirectory("twofold-hostile-dialogues");
    }

    @AfterContainer
    static void removeTheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A file and whether it is surely wrong (so it must be reported), or only perhaps. */
    record HostileFile(String what, byte[] content, boolean surelyWrong) {
        @Override
        public String toString() {
            String text = new String(content, StandardCharsets.UTF_8);
            return what + ": " + (text.length() > 200 ? text.substring(0, 200) + "... (" + content.length + " bytes)" : text);
        }
    }

    private static HostileFile wrong(String what, String text) {
        return new HostileFile(what, text.getBytes(StandardCharsets.UTF_8), true);
    }

    @Provide
    Arbitrary<HostileFile> files() {
        Arbitrary<HostileFile> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(2000)
            .map(b -> new HostileFile("random bytes", b, false));
        Arbitrary<HostileFile> text = Arbitraries.strings().all().ofMaxLength(500)
            .map(s -> new HostileFile("random text", s.getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<HostileFile> cut = Arbitraries.integers().between(0, shipped.length())
            .map(n -> new HostileFile("the shipped dialogue cut at " + n, shipped.substring(0, n).getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<HostileFile> bent = Combinators.combine(Arbitraries.integers().between(0, shipped.length() - 1),
                Arbitraries.of("", "\t", ": ", "- ", "[", "{", "}", "&a ", "*a ", "!!binary ", "\u0000", "\n  - x\n", "'", "\"", "#", "---\n"))
            .as((at, insert) -> new HostileFile("the shipped dialogue with '" + insert + "' at " + at,
                (shipped.substring(0, at) + insert + shipped.substring(at)).getBytes(StandardCharsets.UTF_8), false));
        Arbitrary<HostileFile> wrongTypes = Combinators.combine(
                Arbitraries.of("id", "title", "start", "symbol", "nodes", "slots", "capacityCheck", "kind", "options", "prompt",
                    "next", "label", "draft", "milestones", "notSure", "set", "else"),
                Arbitraries.of("[1, 2]", "{a: b}", "null", "~", "5", "-1.5e400", "true", "''", "!!binary AAAA", "[[[[]]]]",
                    "[null]", "[{}]", "{}", "*nowhere", "!!java.net.URL [\"http://example\"]", "!!set {a, b}", "2025-01-01"))
            .as((key, value) -> wrong(key + " replaced by " + value,
                shipped.replaceAll("(?m)^(\\s*(- )?)" + key + ":.*$", "$1" + key + ": " + value.replace("$", "\\$"))))
            .map(f -> new HostileFile(f.what(), f.content(), false));
        Arbitrary<HostileFile> deep = Arbitraries.of(60, 1000, 20_000).flatMap(n -> Arbitraries.of(
            wrong("nested lists " + n, "id: deep\nnodes: " + "[".repeat(n) + "]".repeat(n) + "\n"),
            wrong("nested maps " + n, "id: deep\nnodes:\n" + nestedMaps(Math.min(n, 2000))),
            wrong("nested flow maps " + n, "id: deep\nslots: " + "{a: ".repeat(n) + "b" + "}".repeat(n) + "\n")));
        Arbitrary<HostileFile> laughs = Arbitraries.of(wrong("a billion laughs", billionLaughs()),
            wrong("aliases of aliases", "id: &a x\ntitle: *a\nstart: *a\nnodes: &n [*a, *a]\nslots: {a: *n, b: *n}\n"),
            wrong("a recursive alias", "id: x\nnodes: &n\n  - *n\n"));
        Arbitrary<HostileFile> huge = Arbitraries.of(100_000, 4_000_000).map(n ->
            wrong("a string of " + n + " characters", "id: huge\ntitle: " + "a".repeat(n) + "\nnodes: []\n"));
        Arbitrary<HostileFile> odd = Arbitraries.of(wrong("empty", ""), wrong("a comment", "# nothing\n"), wrong("null", "~\n"),
            wrong("a list", "- a\n- b\n"), wrong("a scalar", "just words\n"), wrong("many documents", "id: a\n---\n".repeat(500)),
            wrong("a duplicate key", "id: a\nid: b\nnodes: []\n"), wrong("a BOM and tabs", "\ufeffid:\ta\n\tnodes: []\n"),
            wrong("a NUL", "id: a\u0000b\nnodes: []\n"), wrong("a lone surrogate", "id: \"\\ud800\"\nnodes: []\n"),
            wrong("a huge number", "id: a\ncapacityCheck: " + "9".repeat(5000) + "\n"),
            wrong("a node with no id", "id: a\nstart: b\nnodes:\n  - kind: choice\n    options: [null, {}]\n"),
            wrong("null lists", "id: a\nstart: b\nnodes:\n  - id: b\n    kind: end\n    draft:\n      milestones: [null]\n      indicators: ~\n"));
        return Arbitraries.frequencyOf(Tuple.of(2, bytes), Tuple.of(2, text), Tuple.of(2, cut), Tuple.of(3, bent),
            Tuple.of(3, wrongTypes), Tuple.of(1, deep), Tuple.of(1, laughs), Tuple.of(1, huge), Tuple.of(2, odd));
    }

    private static String nestedMaps(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append(" ".repeat(i + 2)).append("a:\n");
        }
        return s.append(" ".repeat(depth + 2)).append("b\n").toString();
    }

    private static String billionLaughs() {
        StringBuilder s = new StringBuilder("id: lol\na0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            s.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                s.append(j > 0 ? "," : "").append("*a").append(i - 1);
            }
            s.append("]\n");
        }
        return s.append("nodes: *a9\n").toString();
    }

    @Property(tries = 150)
    void anyFileBecomesProblemsNeverAnException(@ForAll("files") HostileFile file) throws IOException {
        Path dir = Files.createTempDirectory(root, "try");
        Files.write(dir.resolve("hostile.yaml"), file.content());

        DialogueLibrary.Checked checked = assertTimeoutPreemptively(BOUND,
            () -> DialogueLibrary.load(dir, symbols, Json.yaml(), new SlotTemplates()), file.toString());

        List<Problem> about = checked.problems().stream().filter(p -> p.file().equals("hostile.yaml")).toList();
        assertTrue(about.size() == checked.problems().size(), file + ": every problem names the file: " + checked.problems());
        if (file.surelyWrong()) {
            assertFalse(about.isEmpty(), file + " is reported");
        }
        assertTrue(!about.isEmpty() || checked.dialogues().all().size() == 1, file + ": either reported or read");
        for (Problem p : about) {
            assertTrue(p.line() >= 0 && p.message() != null && !p.message().isBlank(), file + ": " + p);
        }
    }
}
