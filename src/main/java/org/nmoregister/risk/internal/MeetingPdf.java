package org.nmoregister.risk.internal;

import java.time.Instant;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.nmoregister.platform.files.PdfPages;
import org.nmoregister.platform.files.PdfText;
import org.nmoregister.platform.web.UkTime;
import org.nmoregister.risk.RiskMeetingContributor.AgendaItem;
import org.nmoregister.risk.RiskMeetingContributor.Section;

/**
 * The risk meeting's agenda and record as A4 PDFs (PDFBox), for the meeting pack and the file: headings, wrapped
 * lines, page numbers, and "OFFICIAL-SENSITIVE" on every page. Text is set in Liberation Sans, which PDFBox ships and
 * which is embedded (the letters used only), so that names print as recorded: Łukasz Wójcik, Fatma Şen, Οδυσσέας,
 * Олександр. Headings are in the standard Helvetica Bold when their letters allow.
 */
@org.springframework.stereotype.Component
public final class MeetingPdf {

    private static final float MARGIN = 50;
    private static final String MARKING = "OFFICIAL-SENSITIVE";

    private final UkTime ukTime;

    public MeetingPdf(UkTime ukTime) {
        this.ukTime = ukTime;
    }

    /** The agenda for the next meeting: items by section, with lines to write actions and owners on. */
    public byte[] agenda(RiskMeetingService.Agenda agenda, String forceName, String printedBy, Instant printedAt) {
        Writer w = new Writer("Risk meeting agenda - " + forceName);
        w.title("Daily risk meeting: agenda");
        w.line(forceName, false, 11);
        w.line("Covers " + ukTime.format(agenda.since()) + " to " + ukTime.format(agenda.until()), false, 11);
        w.line("Printed " + ukTime.format(printedAt) + " by " + printedBy, false, 9);
        for (String problem : agenda.problems()) {
            w.line("WARNING: " + problem, true, 10);
        }
        for (var section : agenda.sections().entrySet()) {
            w.heading(label(section.getKey()) + " (" + section.getValue().size() + ")");
            if (section.getValue().isEmpty()) {
                w.line("No items.", false, 10);
            }
            for (AgendaItem item : section.getValue()) {
                w.line(item.reference() + (item.level() == null ? "" : "  [" + item.level() + "]"), true, 10);
                w.indented(item.summary(), 10);
                w.indented("Action: ______________________________  Owner: ________________  Due: ________", 10);
            }
        }
        return w.finish();
    }

    /** A recorded meeting: when, who chaired, the period covered, and every action with its owner. */
    public byte[] meeting(RiskMeetingService.MeetingView meeting, String forceName, String printedBy, Instant printedAt) {
        Writer w = new Writer("Risk meeting record - " + forceName);
        w.title("Daily risk meeting: record");
        w.line(forceName, false, 11);
        w.line("Held " + ukTime.format(meeting.heldAt()) + ", chaired by " + meeting.chair(), false, 11);
        w.line("Covered " + ukTime.format(meeting.coversFrom()) + " to " + ukTime.format(meeting.coversTo()), false, 11);
        w.line("Recorded by " + meeting.recordedBy() + "; printed " + ukTime.format(printedAt) + " by " + printedBy,
                false, 9);
        if (meeting.notes() != null) {
            w.heading("Notes");
            w.line(meeting.notes(), false, 10);
        }
        w.heading("Actions (" + meeting.actions().size() + ", " + meeting.outstanding() + " outstanding)");
        if (meeting.actions().isEmpty()) {
            w.line("No actions were recorded.", false, 10);
        }
        String section = null;
        for (var action : meeting.actions()) {
            if (!action.section().equals(section)) {
                section = action.section();
                w.line(sectionLabel(section), true, 11);
            }
            w.line(action.itemReference(), true, 10);
            if (action.itemSummary() != null && !action.itemSummary().isBlank()) {
                w.indented(action.itemSummary(), 9);
            }
            w.indented("Action: " + action.text(), 10);
            w.indented("Owner: " + action.owner() + (action.due() == null ? "" : "; due " + ukTime.date(action.due()))
                    + (action.doneAt() == null ? "; outstanding" : "; done " + ukTime.format(action.doneAt())
                    + " by " + action.doneBy()), 10);
        }
        return w.finish();
    }

    /** The heading a section has on the agenda. */
    public static String label(Section section) {
        return switch (section) {
            case BREACHES_SINCE_LAST_MEETING -> "Breaches since the last meeting";
            case HIGH_RISK -> "High risk";
            case REPEAT_VICTIMS -> "Repeat victims";
            case OUTSTANDING_ARRESTS -> "Outstanding arrests";
            case MONITORING -> "Monitoring: overdue checks and notification duties";
        };
    }

    /** The heading for an action's section (OTHER: other business). */
    public static String sectionLabel(String section) {
        try {
            return label(Section.valueOf(section));
        } catch (IllegalArgumentException e) {
            return "Other business";
        }
    }

    /** The meeting's papers: Liberation Sans for text, Helvetica Bold for headings whose letters it has. */
    private static final class Writer {
        private final PdfPages pages;
        private final PDFont regular;
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        Writer(String title) {
            pages = new PdfPages(title, MARGIN);
            regular = pages.unicodeFont();
        }

        void title(String text) {
            write(text, bold, 16, 0, 22);
        }

        void heading(String text) {
            pages.gap(8);
            write(text, bold, 13, 0, 18);
        }

        void line(String text, boolean strong, float size) {
            write(text, strong ? bold : regular, size, 0, size + 4);
        }

        void indented(String text, float size) {
            write(text, regular, size, 14, size + 4);
        }

        private void write(String text, PDFont wanted, float size, float indent, float leading) {
            String words = text == null ? "" : text;
            // a bold heading with letters Helvetica lacks is set in the Unicode font rather than lose them
            PDFont font = wanted == bold && !PdfText.safe(bold, words).equals(words.replace('\t', ' ')) ? regular : wanted;
            pages.write(words, font, size, indent, leading);
        }

        byte[] finish() {
            return pages.finish(bold, 8, 10, (page, of) -> MARKING + "    Page " + page + " of " + of);
        }
    }
}
