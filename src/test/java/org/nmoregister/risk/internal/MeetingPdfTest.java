package org.nmoregister.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskLevel;
import org.nmoregister.risk.RiskMeetingContributor.AgendaItem;
import org.nmoregister.risk.RiskMeetingContributor.Section;

/** Names print in the meeting pack as they are recorded, whatever their alphabet. */
class MeetingPdfTest {

    @Test
    void namesKeepTheirLettersInBodyTextAndInBoldLines() throws Exception {
        Map<Section, List<AgendaItem>> sections = new LinkedHashMap<>();
        sections.put(Section.HIGH_RISK, List.of(new AgendaItem(Section.HIGH_RISK, "Şen / Wójcik", "/risk/x",
                "Fatma Şen and Łukasz Wójcik; interpreter for Οδυσσέας and Олександр", RiskLevel.HIGH)));
        var agenda = new RiskMeetingService.Agenda(Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-21T09:00:00Z"), null, sections, List.of("Refuge for Zoë Łukasiewicz full"));

        byte[] pdf = new MeetingPdf(new UkTime()).agenda(agenda, "Northshire Police", "PS Ćwikła",
                Instant.parse("2026-11-21T08:00:00Z"));

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Fatma Şen and Łukasz Wójcik", "Οδυσσέας", "Олександр", "Şen / Wójcik",
                    "WARNING: Refuge for Zoë Łukasiewicz full", "PS Ćwikła", "OFFICIAL-SENSITIVE").doesNotContain("?");
        }
    }
}
