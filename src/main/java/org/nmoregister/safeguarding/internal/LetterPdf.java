package org.nmoregister.safeguarding.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.nmoregister.platform.files.PdfPages;
import org.nmoregister.safeguarding.rules.ContactScript;

/**
 * The victim's letter as an A4 PDF (PDFBox): the contact script, word for word, addressed to the person by name
 * only. No postal address is printed on it (the unit addresses the envelope, or attaches it to a safe e-mail), so the
 * letter itself never holds where the victim lives. Set in Liberation Sans (shipped with PDFBox, embedded) so names
 * print as recorded (headings are larger, not bold: PDFBox ships no bold Unicode font).
 */
final class LetterPdf {

    private static final float MARGIN = 56;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LetterPdf() {
    }

    static byte[] write(String name, ContactScript.Script script, String forceName, Instant at) {
        try (PdfPages pages = new PdfPages(script.title(), MARGIN)) {
            // PDFBox ships no bold Unicode font, and Helvetica Bold would lose letters of names in headings: headings
            // are set larger instead.
            Letter l = new Letter(pages);
            l.text((forceName == null ? "Police" : forceName) + " safeguarding unit", 11);
            l.text(DATE.format(at.atZone(ZoneId.of("Europe/London"))), 11);
            pages.gap(12);
            l.text("Dear " + (name == null || name.isBlank() ? "Sir or Madam" : name.strip()) + ",", 11);
            pages.gap(6);
            l.text(script.title(), 15);
            for (ContactScript.Section s : script.sections()) {
                pages.gap(8);
                l.text(s.heading(), 12);
                s.paragraphs().forEach(p -> l.text(p, 11));
                s.bullets().forEach(l::bullet);
                s.after().forEach(p -> l.text(p, 11));
            }
            pages.gap(12);
            l.text("If you are in danger, call 999.", 11);
            pages.gap(6);
            l.text("Yours sincerely,", 11);
            l.text("The safeguarding unit", 11);
            return pages.finish(pages.unicodeFont(), 8, 16, (page, of) -> "Page " + page + " of " + of);
        }
    }

    /** The letter's two kinds of line, in the document's one font, each 1.4 times its size apart. */
    private record Letter(PdfPages pages) {

        void text(String text, float size) {
            pages.write(text, pages.unicodeFont(), size, 0, size * 1.4f, "", 0);
        }

        void bullet(String text) {
            pages.write(text, pages.unicodeFont(), 11, 14, 11 * 1.4f, "\u2022 ", 10);
        }
    }
}
