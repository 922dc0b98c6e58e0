package org.nmoregister.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DocumentReadingViewTest {

    private static final String ORDER = """
            LEEDS MAGISTRATES' COURT
            RESTRAINING ORDER ON ACQUITTAL
            Protection from Harassment Act 1997, section 5A
            Defendant: HUGHES, Darren
            The defendant attending, the court orders that the defendant must not:
            (i) contact Jane Smith;
            (ii) go to 3 Mill Lane, Leeds LS6 3QT.
            """;

    @Test
    void eachFieldReadIsMarkedInTheTextWithItsLabelAndTheTextIsKeptWhole() {
        DocumentReadingView view = DocumentReadingView.of(ORDER);
        assertThat(view.pieces().stream().map(DocumentReadingView.Piece::text).collect(Collectors.joining()))
                .isEqualTo(ORDER);
        DocumentReadingView.Row basis = view.rows().stream().filter(r -> r.field().equals("basis")).findFirst().orElseThrow();
        assertThat(basis.label()).isEqualTo("Made on conviction or acquittal, and the power");
        assertThat(basis.value()).isEqualTo("on acquittal, Protection from Harassment Act 1997 s.5A");
        DocumentReadingView.Piece mark = view.pieces().stream().filter(p -> basis.anchor().equals(p.anchor()))
                .findFirst().orElseThrow();
        assertThat(mark.text()).isEqualTo("Protection from Harassment Act 1997, section 5A");
        assertThat(mark.label()).isEqualTo("Made on conviction or acquittal, and the power, 95% sure");
        DocumentReadingView.Row notice = view.rows().stream().filter(r -> r.field().equals("withoutNotice")).findFirst()
                .orElseThrow();
        assertThat(notice.value()).isEqualTo("false");
        assertThat(view.pieces().stream().filter(p -> notice.anchor().equals(p.anchor())).findFirst().orElseThrow().text())
                .isEqualTo("attending");
        assertThat(view.rows().stream().filter(r -> r.field().equals("term")).map(DocumentReadingView.Row::value))
                .containsExactly("The defendant must not contact Jane Smith",
                        "The defendant must not go to 3 Mill Lane, Leeds LS6 3QT.");
        assertThat(view.rows().stream().filter(r -> r.field().equals("respondentName")).findFirst().orElseThrow().value())
                .isEqualTo("Darren Hughes");
    }

    @Test
    void noTextIsNoReading() {
        assertThat(DocumentReadingView.of("  ").isEmpty()).isTrue();
    }
}
