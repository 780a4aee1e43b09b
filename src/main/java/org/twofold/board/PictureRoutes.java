package org.twofold.board;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.twofold.security.Access;
import org.twofold.security.Principal;
import org.twofold.web.ApiException.NotFound;

/**
 * Serves stored pictures: on the API to accounts, through a conversation to its tablet (a tablet's token
 * opens only paths of its own conversation), and to the screens by their cookies. Who may see a picture is
 * decided in one place, {@link #mayBeShownTo}.
 */
final class PictureRoutes {
    private final Pictures pictures;
    private final BoardFeature.Reach reach;

    PictureRoutes(Pictures pictures, BoardFeature.Reach reach) {
        this.pictures = pictures;
        this.reach = reach;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/pictures/{id}", ctx -> send(ctx, ctx.pathParam("id")), Access.ACCOUNTS_AND_TABLET);
        routes.get("/api/v1/conversations/{id}/pictures/{picture}", this::inConversation, Access.ACCOUNTS_AND_TABLET);
        routes.get("/staff/pictures/{picture}", ctx -> send(ctx, ctx.pathParam("picture")));
        routes.get("/person/conversations/{id}/pictures/{picture}", this::inConversation);
        routes.get("/staff/conversations/{id}/pictures/{picture}", this::inConversation);
    }

    private void inConversation(Context ctx) {
        Principal who = Access.principal(ctx);
        String conversation = ctx.pathParam("id");
        boolean theirs = who.isTablet() ? conversation.equals(who.conversationId()) : reach.conversation(who, conversation);
        if (!theirs) {
            throw notFound(ctx.pathParam("picture"));
        }
        send(ctx, ctx.pathParam("picture"));
    }

    private void send(Context ctx, String id) {
        Principal who = Access.principal(ctx);
        Picture p = pictures.find(id).filter(picture -> mayBeShownTo(who, picture)).orElseThrow(() -> notFound(id));
        if (p.contentType().equals(PictureCheck.SVG)) {
            // Opened on its own, an SVG is a document: it may do nothing but show itself.
            ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
        }
        ctx.contentType(p.contentType()).result(p.bytes());
    }

    /**
     * Who may see a stored picture. A picture with no person (an imported board's image) is for anyone
     * signed in. A person's own photo is not shown here yet: the rule for those (their service, their
     * conversations) is added with personal photo cards, and until then they are answered as not there.
     */
    static boolean mayBeShownTo(Principal who, Picture picture) {
        return picture.personId() == null;
    }

    private static NotFound notFound(String id) {
        return new NotFound("There is no picture '" + ObfImport.shortened(id) + "'.");
    }
}
