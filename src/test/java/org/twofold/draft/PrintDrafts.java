package org.twofold.draft;

import java.util.Random;
import org.twofold.conversation.InProcessWalks;
import org.twofold.dialogue.Dialogue;
import org.twofold.language.OwnWordsCorpus;

/**
 * Prints random drafts of a dialogue to read as a care manager and as the person would, then the
 * figures over 1,000 walks. Own words from the corpus come at about a third of the choices.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.twofold.draft.PrintDrafts -Dexec.args="washing-and-dressing 20"</pre>
 */
public final class PrintDrafts {
    private PrintDrafts() {}

    public static void main(String[] args) {
        String id = args.length > 0 ? args[0] : "washing-and-dressing";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Drafting drafting = new Drafting();
        Dialogue dialogue = drafting.dialogues.stream().filter(d -> d.id().equals(id)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No dialogue " + id + " that loads"));
        InProcessWalks walks = new InProcessWalks(dialogue, drafting.composer, OwnWordsCorpus.shipped(),
            new Random(System.nanoTime()), 1.0 / 3);
        for (int i = 1; i <= count; i++) {
            System.out.println("=== Draft " + i + " ===");
            System.out.println(DraftText.of(walks.walk().draft()));
        }
        DraftFigures figures = new DraftFigures(id, drafting.composer);
        InProcessWalks many = new InProcessWalks(dialogue, drafting.composer, OwnWordsCorpus.shipped(), new Random(1), 1.0 / 3);
        for (int i = 0; i < 1000; i++) {
            figures.add(many.walk());
        }
        System.out.println(figures.summary());
        figures.malformed().stream().distinct().limit(15).forEach(m -> System.out.println("  malformed: " + m));
        System.out.println("  fixed: " + figures.fixedPositions());
        System.exit(0);
    }
}
