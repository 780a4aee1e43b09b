package org.twofold.dialogue;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.twofold.security.Access;

/** GET /api/v1/dialogues: what a person can choose to talk about. */
public final class DialogueRoutes {
    private final Dialogues dialogues;

    public DialogueRoutes(Dialogues dialogues) {
        this.dialogues = dialogues;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/dialogues", ctx -> ctx.json(dialogues.all().stream().map(DialogueRoutes::summary).toList()), Access.ACCOUNTS);
    }

    private static Map<String, Object> summary(Dialogue d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("title", d.title());
        out.put("area", d.area());
        out.put("symbol", d.symbol());
        out.put("questions", d.questionsLeft(d.start()));
        return out;
    }
}
