package io.postmortem.core.learning;

import io.postmortem.core.postmortem.Facilitator;
import io.postmortem.core.postmortem.Meeting;
import io.postmortem.core.postmortem.Postmortem;
import io.postmortem.core.postmortem.PostmortemStatus;
import io.postmortem.core.postmortem.RootCause;
import io.postmortem.core.postmortem.Section;
import io.postmortem.core.shared.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PostmortemDocumentTest {
    private static final Postmortem POSTMORTEM = new Postmortem("PM-7", "INC-7", Severity.P2, "checkout", "payments", PostmortemStatus.PUBLISHED,
            LocalDate.of(2026, 11, 24), new Facilitator(Facilitator.Type.MIM, "mim"),
            Map.of(Section.SUMMARY, "Checkout <failed> & \"recovered\"", Section.IMPACT, "First paragraph.\n\nSecond one."),
            List.of(new RootCause("Retry storm", "dependency")), null,
            new Meeting(Instant.parse("2026-11-24T10:00:00Z"), 45, "Room 4", 0),
            Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"),
            Instant.parse("2026-11-26T09:00:00Z"), 3);
    private final PostmortemDocument document = new PostmortemDocument(POSTMORTEM, "Checkout errors",
            List.of(new ActionSummaries.ActionSummary("CHK-1", "Cap retries", "checkout", LocalDate.of(2026, 12, 1), false)),
            ZoneId.of("Europe/London"));

    @Test
    void markdown_has_every_section_heading_and_text_root_causes_meeting_and_actions() {
        String md = document.markdown();
        assertThat(md).startsWith("# Postmortem PM-7: Checkout errors\n");
        for (Section section : Section.values()) {
            assertThat(md).contains("\n## " + PostmortemDocument.HEADINGS.get(section) + "\n");
        }
        assertThat(md).contains("Checkout &lt;failed&gt; &amp; \"recovered\"").contains("_Not written._")
                .contains("- [dependency] Retry storm")
                .contains("## Meeting\n\n2026-11-24 10:00 (Europe/London), 45 minutes, Room 4")
                .contains("- CHK-1 Cap retries (owner: checkout, due: 2026-12-01, open)");
    }

    @Test
    void markdown_makes_raw_html_from_the_document_inert_as_the_confluence_export_does() {
        Postmortem hostile = new Postmortem("PM-8", "INC-8", Severity.P2, "checkout", "payments", PostmortemStatus.PUBLISHED,
                LocalDate.of(2026, 11, 24), new Facilitator(Facilitator.Type.MIM, "mim"),
                Map.of(Section.SUMMARY, "<script>alert(1)</script>\n<img src=x onerror=alert(2)>"),
                List.of(new RootCause("<iframe src=javascript:alert(3)>", "dependency")), null, null,
                Instant.parse("2026-11-20T10:00:00Z"), null, null, 1);
        String md = new PostmortemDocument(hostile, "<b>Checkout</b>",
                List.of(new ActionSummaries.ActionSummary("CHK-2", "<svg onload=alert(4)>", "checkout",
                        LocalDate.of(2026, 12, 1), false)), ZoneId.of("Europe/London")).markdown();

        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe")
                .doesNotContain("<svg").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;b&gt;Checkout&lt;/b&gt;")
                .contains("&lt;svg onload=alert(4)&gt;");
    }

    @Test
    void confluence_storage_format_is_well_formed_xhtml_with_escaped_text_and_an_info_macro() throws Exception {
        String xml = document.confluence();
        Document parsed = parse("<root xmlns:ac=\"http://atlassian.com/content\">" + xml + "</root>");
        assertThat(parsed.getElementsByTagName("ac:structured-macro").item(0).getAttributes()
                .getNamedItem("ac:name").getNodeValue()).isEqualTo("info");
        assertThat(parsed.getElementsByTagName("h2").getLength()).isEqualTo(Section.values().length + 3);
        assertThat(xml).contains("<p>Checkout &lt;failed&gt; &amp; &quot;recovered&quot;</p>")
                .contains("<p>First paragraph.</p><p>Second one.</p>")
                .contains("<ul><li>[dependency] Retry storm</li></ul>");
    }

    @Test
    void the_print_page_is_a_complete_html_document_with_print_styles() throws Exception {
        String html = document.html();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("@media print").contains("<h1>Postmortem PM-7: Checkout errors</h1>");
        assertThat(parse(html.substring(html.indexOf("<html"))).getElementsByTagName("li").getLength()).isGreaterThan(3);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
