package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What pasted wording is made into before it is read: each kind of character, each at the edges of its range. */
class TextNormaliserTest {

    @Test
    void lineEndingsOfEveryKindBecomeOneNewLine() {
        assertThat(TextNormaliser.normalise("a\r\nb")).isEqualTo("a\nb");
        assertThat(TextNormaliser.normalise("a\rb")).isEqualTo("a\nb");
        assertThat(TextNormaliser.normalise("a\r")).isEqualTo("a");
        assertThat(TextNormaliser.normalise("a\r\n\r\nb")).isEqualTo("a\n\nb");
        assertThat(TextNormaliser.normalise("a\u2028b")).isEqualTo("a\nb");
        assertThat(TextNormaliser.normalise("a\u2029b")).isEqualTo("a\nb");
        assertThat(TextNormaliser.normalise("a\u0085b")).isEqualTo("a\nb");
        assertThat(TextNormaliser.normalise("a\u2022b")).isEqualTo("a\nb"); // a bullet starts a line
        assertThat(TextNormaliser.normalise("a\n\n\n\nb")).isEqualTo("a\n\nb");
    }

    @Test
    void spacesTabsAndControlsBecomeOneSpace() {
        assertThat(TextNormaliser.normalise("a\tb")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\u000Bb")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\u000Cb")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\uFFFDb")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\u0007b")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a \u00A0\u3000 b")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("  a  \n  b  ")).isEqualTo("a\nb");
    }

    @Test
    void emojiAndBrokenSurrogatesBecomeASpace() {
        assertThat(TextNormaliser.normalise("a\uD83D\uDE00b")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\uD83Db")).isEqualTo("a b");
        assertThat(TextNormaliser.normalise("a\uDE00b")).isEqualTo("a b");
    }

    @Test
    void quotesDashesAndEllipsesArePlain() {
        assertThat(TextNormaliser.normalise("\u2018her\u2019 `x`")).isEqualTo("'her' 'x'");
        assertThat(TextNormaliser.normalise("\u201Cher\u201D \u00ABx\u00BB")).isEqualTo("\"her\" \"x\"");
        assertThat(TextNormaliser.normalise("a\u2013b\u2014c\u2212d")).isEqualTo("a-b-c-d");
        assertThat(TextNormaliser.normalise("wait\u2026")).isEqualTo("wait...");
    }

    /** The first and last of each range of invisible characters, and the single ones: removed, not spaced. */
    @ParameterizedTest
    @ValueSource(chars = {'\u200B', '\u200C', '\u200F', '\u202A', '\u202E', '\u2060', '\u2069', '\uFEFF', '\u00AD',
            '\u061C', '\u180E'})
    void invisibleCharactersAreRemoved(char invisible) {
        assertThat(TextNormaliser.normalise("con" + invisible + "tact")).isEqualTo("contact");
    }

    /** Just outside each range: kept as what they are. */
    @Test
    void charactersNextToTheInvisibleRangesAreKept() {
        assertThat(TextNormaliser.normalise("a\u2010b")).isEqualTo("a-b"); // after U+200F: a hyphen
        assertThat(TextNormaliser.normalise("a\u202Fb")).isEqualTo("a b"); // after U+202E: a narrow space
        assertThat(TextNormaliser.normalise("a\u206Ab")).isEqualTo("a\u206Ab"); // after U+2069
        assertThat(TextNormaliser.normalise("a\u2029b")).isEqualTo("a\nb"); // before U+202A
        assertThat(TextNormaliser.normalise("a\u205Fb")).isEqualTo("a b"); // before U+2060
        assertThat(TextNormaliser.normalise("a\u200Ab")).isEqualTo("a b"); // before U+200B
    }
}
