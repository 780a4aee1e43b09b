package org.twofold.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Labelled outcome statements: language/statements.tsv (the set the check is held to) and
 * language/statements-holdout.tsv (written after the check, to see how it does on new wording).
 */
public final class LabelledStatements {
    public record Labelled(String text, Set<String> codes) {}

    private LabelledStatements() {}

    public static List<Labelled> all() {
        return read("/language/statements.tsv");
    }

    public static List<Labelled> holdout() {
        return read("/language/statements-holdout.tsv");
    }

    static List<Labelled> read(String resource) {
        try (InputStream in = LabelledStatements.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            List<Labelled> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Set<String> codes = Arrays.stream(cols.length > 1 ? cols[1].split(",") : new String[0])
                    .map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                out.add(new Labelled(cols[0], codes));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
