package io.postmortem.core.learning;

import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.Section;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One postmortem rendered as a document: every section, the root causes, the meeting and the actions. */
public final class PostmortemDocument {
    static final Map<Section, String> HEADINGS = Map.of(
            Section.SUMMARY, "Summary",
            Section.IMPACT, "Impact",
            Section.ROOT_CAUSES, "Root causes and trigger analysis",
            Section.TRIGGER, "Trigger",
            Section.DETECTION, "Detection",
            Section.RESOLUTION, "Resolution",
            Section.WENT_WELL, "What went well",
            Section.WENT_WRONG, "What went wrong",
            Section.GOT_LUCKY, "Where we got lucky",
            Section.SUPPORTING_LINKS, "Supporting links");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NOT_WRITTEN = "Not written.";

    private final Postmortem postmortem;
    private final String title;
    private final List<ActionSummaries.ActionSummary> actions;
    private final ZoneId zone;

    public PostmortemDocument(Postmortem postmortem, String title, List<ActionSummaries.ActionSummary> actions,
                              ZoneId zone) {
        this.postmortem = postmortem;
        this.title = title;
        this.actions = List.copyOf(actions);
        this.zone = zone;
    }

    public String heading() {
        return "Postmortem " + postmortem.key() + ": " + title;
    }

    /** Incident, severity, status, facilitator and dates, one "label: value" per item. */
    List<String> facts() {
        List<String> facts = new ArrayList<>();
        facts.add("Incident: " + postmortem.incidentKey());
        facts.add("Severity: " + postmortem.severity());
        facts.add("Status: " + postmortem.status());
        if (postmortem.facilitator() != null) {
            facts.add("Facilitator: " + (postmortem.facilitator().isMim() ? "Major Incident Management"
                    : postmortem.facilitator().name()));
        }
        if (postmortem.publishedAt() != null) {
            facts.add("Published: " + time(postmortem.publishedAt()));
        }
        return facts;
    }

    List<String> rootCauses() {
        return postmortem.rootCauses().stream().map(c -> "[" + c.category() + "] " + c.description()).toList();
    }

    String meeting() {
        Meeting meeting = postmortem.meeting();
        if (meeting == null) {
            return "No meeting scheduled.";
        }
        return time(meeting.start()) + " (" + zone.getId() + "), " + meeting.durationMinutes() + " minutes, "
                + meeting.location();
    }

    List<String> actionLines() {
        return actions.stream().map(a -> a.key() + " " + a.summary() + " (owner: "
                + (a.owner() == null ? "unassigned" : a.owner()) + ", due: "
                + (a.dueDate() == null ? "not set" : a.dueDate()) + (a.done() ? ", done" : ", open") + ")").toList();
    }

    String noActions() {
        return postmortem.noActionsReason() == null ? "No actions." : "No actions: " + postmortem.noActionsReason();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# ").append(markdownLine(heading())).append("\n\n");
        facts().forEach(fact -> md.append("- ").append(markdownLine(fact)).append("\n"));
        for (Section section : Section.values()) {
            md.append("\n## ").append(HEADINGS.get(section)).append("\n\n");
            String text = postmortem.section(section).strip();
            md.append(text.isEmpty() ? "_" + NOT_WRITTEN + "_" : markdownText(text)).append("\n");
        }
        md.append("\n## Root causes\n\n");
        if (rootCauses().isEmpty()) {
            md.append("_None recorded._\n");
        }
        rootCauses().forEach(cause -> md.append("- ").append(markdownLine(cause)).append("\n"));
        md.append("\n## Meeting\n\n").append(markdownLine(meeting())).append("\n");
        md.append("\n## Actions\n\n");
        if (actions.isEmpty()) {
            md.append(markdownLine(noActions())).append("\n");
        }
        actionLines().forEach(line -> md.append("- ").append(markdownLine(line)).append("\n"));
        return md.toString();
    }

    /** Confluence storage format: XHTML with an info macro holding the header facts. */
    public String confluence() {
        StringBuilder xml = new StringBuilder();
        xml.append("<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">")
                .append(escape(heading())).append("</ac:parameter><ac:rich-text-body><ul>");
        facts().forEach(fact -> xml.append("<li>").append(escape(fact)).append("</li>"));
        xml.append("</ul></ac:rich-text-body></ac:structured-macro>");
        bodyXhtml(xml);
        return xml.toString();
    }

    /** A complete page to print or save as PDF. */
    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(escape(heading())).append("</title><style>")
                .append("body{font-family:Georgia,serif;max-width:48em;margin:2em auto;line-height:1.45;color:#172b4d}")
                .append("h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #dfe1e6;margin-top:1.6em}")
                .append(".facts{background:#f4f5f7;padding:.6em 1.2em}")
                .append("@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}a{color:inherit}}")
                .append("</style></head><body><h1>").append(escape(heading())).append("</h1><ul class=\"facts\">");
        facts().forEach(fact -> html.append("<li>").append(escape(fact)).append("</li>"));
        html.append("</ul>");
        bodyXhtml(html);
        return html.append("</body></html>\n").toString();
    }

    private void bodyXhtml(StringBuilder out) {
        for (Section section : Section.values()) {
            out.append("<h2>").append(escape(HEADINGS.get(section))).append("</h2>");
            paragraphs(out, postmortem.section(section));
        }
        out.append("<h2>Root causes</h2>");
        list(out, rootCauses(), "None recorded.");
        out.append("<h2>Meeting</h2><p>").append(escape(meeting())).append("</p>");
        out.append("<h2>Actions</h2>");
        list(out, actionLines(), noActions());
    }

    private static void paragraphs(StringBuilder out, String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            out.append("<p><em>").append(NOT_WRITTEN).append("</em></p>");
            return;
        }
        for (String paragraph : stripped.split("\\R\\s*\\R")) {
            out.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br/>")).append("</p>");
        }
    }

    private static void list(StringBuilder out, List<String> items, String empty) {
        if (items.isEmpty()) {
            out.append("<p>").append(escape(empty)).append("</p>");
            return;
        }
        out.append("<ul>");
        items.forEach(item -> out.append("<li>").append(escape(item)).append("</li>"));
        out.append("</ul>");
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** Text on one Markdown line: line breaks become spaces so a list item stays one item. */
    private static String markdownLine(String text) {
        return markdownText(text.replaceAll("\\s*\\R\\s*", " "));
    }

    /**
     * The document's own text with raw HTML made inert, as the Confluence export escapes it: Markdown renderers pass
     * HTML through, so a {@code <script>} or {@code <img onerror>} written into a section would run wherever the
     * export is shown. Entities render as the characters people typed.
     */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        continue; // not allowed in XML 1.0
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

}
