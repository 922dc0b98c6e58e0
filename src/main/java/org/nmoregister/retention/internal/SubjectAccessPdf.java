package org.nmoregister.retention.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.nmoregister.platform.files.PdfPages;

/**
 * The subject access export as an A4 PDF for the force's data-protection office: every record found, field by field,
 * each field to be redacted before release marked "[REDACT: why]" beside it. This is the working copy, not the copy
 * sent: the office redacts the marked fields and releases the rest.
 */
public final class SubjectAccessPdf {

    private static final float MARGIN = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private SubjectAccessPdf() {
    }

    public static byte[] write(SubjectAccess.Export export) {
        try (PdfPages pages = new PdfPages("Subject access request " + export.reference(), MARGIN)) {
            Lines l = new Lines(pages);
            l.text("Subject access request " + export.reference(), 15, 0);
            l.text("Working copy for the data-protection office: redact every field marked [REDACT] before release.",
                    10, 0);
            l.text("Person: " + export.personName() + (export.dateOfBirth() == null ? ""
                    : ", born " + export.dateOfBirth()), 11, 0);
            l.text("Force: " + export.forceCode() + ". Gathered " + WHEN.format(export.madeAt()) + " by "
                    + export.madeBy() + ". " + export.records().size() + " records, " + export.redactedFields()
                    + " fields marked for redaction.", 10, 0);
            pages.gap(8);
            if (export.records().isEmpty()) {
                l.text("The register holds no record about this person.", 11, 0);
            }
            for (SubjectAccess.ExportRecord record : export.records()) {
                pages.gap(8);
                l.text(record.kind() + " (" + record.recordKind() + ", held by " + record.holder() + ")", 12, 0);
                l.text("Reference " + record.reference() + ", case " + record.caseId(), 9, 0);
                for (SubjectAccess.ExportField f : record.fields()) {
                    l.text(f.label() + ": " + f.value() + (f.redact() == null ? "" : "   [REDACT: " + f.redact() + "]"),
                            10, 12);
                }
            }
            return pages.finish(pages.unicodeFont(), 8, 16,
                    (page, of) -> "Page " + page + " of " + of + " - restricted: personal data");
        }
    }

    /** Every line in the document's one font, 1.4 times its size apart. */
    private record Lines(PdfPages pages) {
        void text(String text, float size, float indent) {
            pages.write(text, pages.unicodeFont(), size, indent, size * 1.4f);
        }
    }
}
