package org.twofold.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.twofold.web.Markup;

/**
 * A FHIR resource's human-readable text: paragraphs and lists in an XHTML div in the XHTML namespace,
 * every word escaped, so the person's own words (with any &lt;, &amp; or quote) read as they were given.
 */
final class Narrative {
    private final List<String> parts = new ArrayList<>();

    Narrative heading(String text) {
        parts.add("<h3>" + Markup.escape(text) + "</h3>");
        return this;
    }

    Narrative paragraph(String text) {
        if (text != null && !text.isBlank()) {
            parts.add("<p>" + Markup.escape(text) + "</p>");
        }
        return this;
    }

    /** A labelled paragraph: the label bold, then its text. */
    Narrative labelled(String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add("<p><b>" + Markup.escape(label) + ":</b> " + Markup.escape(text) + "</p>");
        }
        return this;
    }

    Narrative list(String label, List<String> items) {
        List<String> shown = items.stream().filter(i -> i != null && !i.isBlank()).toList();
        if (shown.isEmpty()) {
            return this;
        }
        StringBuilder ul = new StringBuilder("<p><b>").append(Markup.escape(label)).append(":</b></p><ul>");
        shown.forEach(i -> ul.append("<li>").append(Markup.escape(i)).append("</li>"));
        parts.add(ul.append("</ul>").toString());
        return this;
    }

    /** The narrative as FHIR's text element: generated from the resource's own content. */
    ObjectNode toText() {
        ObjectNode text = JsonNodeFactory.instance.objectNode();
        text.put("status", "generated");
        text.put("div", "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + String.join("", parts) + "</div>");
        return text;
    }
}
