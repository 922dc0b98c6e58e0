package org.nmoregister.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseReferenceExtractorTest {

    @Test
    void findsEachStyleOfFamilyCaseNumber() {
        assertThat(CaseReferenceExtractor.caseNumber("Case No: LS26F00123\nNon-molestation order"))
                .contains("LS26F00123");
        assertThat(CaseReferenceExtractor.caseNumber("Our ref ZW25P00012.")).contains("ZW25P00012");
        assertThat(CaseReferenceExtractor.caseNumber("Claim number 1YO12345 (county court)")).contains("1YO12345");
    }

    @Test
    void neverGuessesWhenThereIsNoneOrMoreThanOne() {
        assertThat(CaseReferenceExtractor.caseNumber("No reference here, phone 01132 456789")).isEmpty();
        assertThat(CaseReferenceExtractor.caseNumber("LS26F00123 varies ZW25P00012")).isEmpty();
        assertThat(CaseReferenceExtractor.caseNumber("XLS26F001234")).isEmpty();
        assertThat(CaseReferenceExtractor.caseNumber(null)).isEmpty();
    }

    @Test
    void theSameNumberTwiceIsStillOne() {
        assertThat(CaseReferenceExtractor.caseNumber("LS26F00123 ... LS26F00123")).contains("LS26F00123");
    }

    @Test
    void findsTheCourtAsWritten() {
        assertThat(CaseReferenceExtractor.court("IN THE FAMILY COURT\nLeeds Family Court\nCase LS26F00123"))
                .contains("Leeds Family Court");
        assertThat(CaseReferenceExtractor.court("In the Family Court sitting at Newcastle upon Tyne\nOrder"))
                .contains("The Family Court at Newcastle upon Tyne");
        assertThat(CaseReferenceExtractor.court("Sent to Leeds Family Court and to Bradford Family Court")).isEmpty();
        assertThat(CaseReferenceExtractor.court("Nothing about any court here")).isEmpty();
    }
}
