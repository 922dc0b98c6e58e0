package org.nmoregister.intake.internal;

/** Test documents (a PDF, an e-mail with a PDF attached) for tests outside this package. */
public final class DocumentReaderTestSupport {

    private DocumentReaderTestSupport() {
    }

    public static byte[] pdf(String... lines) throws Exception {
        return DocumentReaderTest.pdf(lines);
    }

    public static byte[] pdfBomb(long inflatedBytes) throws Exception {
        return DocumentReaderTest.pdfBomb(inflatedBytes);
    }

    public static byte[] email(byte[] attachment) throws Exception {
        return DocumentReaderTest.email(attachment);
    }
}
