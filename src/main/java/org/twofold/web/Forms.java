package org.twofold.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import org.twofold.web.ApiException.BadField;
import org.twofold.web.ApiException.BadRequest;
import org.twofold.web.ApiException.FormRefused;

/**
 * A screen's form that can be refused. When it is, its page is shown again (status 400, or the refusal's
 * own) with a summary of every problem, each beside its field, and every value as typed. Other failures
 * (not found, not allowed, things moved on, the unexpected) still go to {@link ErrorResponses}.
 */
public final class Forms {
    /** Something a form does with its fields; it refuses through {@link FormFields}, before storing anything. */
    @FunctionalInterface
    public interface Submit {
        void handle(Context ctx, FormFields form) throws Exception;
    }

    /** Renders the form's page again, with the refused form in place of the fresh one. */
    @FunctionalInterface
    public interface ShowAgain {
        void show(Context ctx, Form refused) throws Exception;
    }

    /** Where the refused form waits for {@link Pages}, which hands it to the layout's summary as "refused". */
    static final String REFUSED = "twofold.refusedForm";
    static final String NOT_RIGHT = "Something in the form was not right. Please check it and send it again.";

    private Forms() {}

    public static Handler submit(FormFields.Labels labels, Submit submit, ShowAgain page) {
        return ctx -> {
            FormFields form = FormFields.of(ctx, labels);
            Form refused;
            int status = 400;
            try {
                submit.handle(ctx, form);
                return;
            } catch (FormRefused e) {
                refused = e.form();
                status = e.status();
            } catch (BadField e) {
                form.problem(e.field(), e.onScreen());
                refused = form.form();
            } catch (BadRequest e) {
                // Only a form changed by hand gets here: its words are for the API, so they are not shown.
                form.problem(null, NOT_RIGHT);
                refused = form.form();
            }
            ctx.status(HttpStatus.forStatus(status));
            ctx.attribute(REFUSED, refused);
            page.show(ctx, refused);
        };
    }
}
