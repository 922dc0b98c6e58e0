package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distances as courts write them, in figures and in words, and which one counts when a term gives two. */
class DistancesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            within 100 metres of          | 100
            within 100m of                | 100
            within 1,000 yards of         | 914
            within 1.5 miles of           | 2414
            within (100) metres of        | 100
            within one hundred metres of  | 100
            within a mile of              | 1609
            within half a mile of         | 805
            within a quarter of a mile of | 402
            within three quarters of a mile of | 1207
            within three-quarters of a mile of | 1207
            within one and a half miles of | 2414
            within two and a quarter miles of | 3621
            within two thousand five hundred feet of | 762
            within a hundred yards of     | 91
            """)
    void aDistanceInFiguresOrWordsIsReadInMetres(String text, int metres) {
        assertThat(Distances.find(text).metres()).isEqualTo(metres);
    }

    @Test
    void theFirstDistanceWrittenCountsWhicheverWayItIsWritten() {
        String words = "within one hundred metres of her home or 50 metres of her car";
        assertThat(Distances.find(words)).isEqualTo(new Distances.Found(100, 7, 25));
        String figures = "within 50 metres of her car or one hundred metres of her home";
        assertThat(Distances.find(figures)).isEqualTo(new Distances.Found(50, 7, 16));
    }

    @Test
    void aDistanceOfNothingIsNoDistance() {
        assertThat(Distances.find("within 0 metres")).isNull();
        assertThat(Distances.find("within zero metres")).isNull();
        assertThat(Distances.find("within 0 metres, and then 50 metres")).isEqualTo(new Distances.Found(50, 26, 35));
        assertThat(Distances.find("the respondent must not contact her")).isNull();
    }

    @Test
    void aQuantityPhraseIsItsNumberOrNothing() {
        assertThat(Distances.quantity("a")).isEqualTo(1.0);
        assertThat(Distances.quantity("an")).isEqualTo(1.0);
        assertThat(Distances.quantity("half a")).isEqualTo(0.5);
        assertThat(Distances.quantity("a hundred")).isEqualTo(100.0);
        assertThat(Distances.quantity("a quarter of a")).isEqualTo(0.25);
        assertThat(Distances.quantity("two and a quarter")).isEqualTo(2.25);
        assertThat(Distances.quantity("three quarters of a")).isEqualTo(0.75);
        assertThat(Distances.quantity("one thousand two hundred and fifty")).isEqualTo(1250.0);
        assertThat(Distances.quantity("thousand")).isEqualTo(1000.0);
        assertThat(Distances.quantity("1,250.5")).isEqualTo(1250.5);
        assertThat(Distances.quantity("and of")).isNull();
        assertThat(Distances.quantity("lots")).isNull();
        assertThat(Distances.quantity("two lots")).isNull();
    }
}
