package org.nmoregister.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameTablesTest {

    private final NameTables tables = NameTables.standard();

    @Test
    void readsOneGroupALineFoldedWithCommentsAndSingleNamesLeftOut() {
        List<String[]> groups = NameTables.read("/people/name-table-for-test.txt");

        assertThat(groups).extracting(Arrays::asList).containsExactly(
                List.of("william", "bill", "billy", "will"),
                // Mac spelt as Mc, as the normaliser spells it
                List.of("mcdonald", "donald"),
                // letters only: spaces, hyphens, apostrophes and digits fall away
                List.of("annemarie", "anniemay", "oneill"));
    }

    @Test
    void aMissingTableIsAnError() {
        assertThatThrownBy(() -> NameTables.read("/people/no-such-table.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/people/no-such-table.txt");
    }

    @Test
    void nicknamesAreTheOtherNamesOfEveryGroupTheNameIsIn() {
        // Al is on the lines of Alexander, Alfred, Albert and Alan.
        Set<String> al = tables.nicknamesOf("al");
        assertThat(al).contains("alexander", "alfred", "albert", "alan", "bert", "alf", "allan")
                .doesNotContain("al");
        assertThat(tables.nicknamesOf("bill")).contains("william").doesNotContain("bill", "robert");
        assertThat(tables.nicknamesOf("zzyzx")).isEmpty();
        // a nickname group is not a transliteration group
        assertThat(tables.transliterationsOf("bill")).isEmpty();
    }

    @Test
    void aNameOnSeveralLinesHasTheNamesOfEachInTheOrderRead() {
        NameTables t = new NameTables(
                List.of(new String[] {"al", "albert"}, new String[] {"al", "alan"}, new String[] {"bert", "albert"}),
                List.<String[]>of(new String[] {"alan", "alun"}));

        assertThat(t.nicknamesOf("al")).containsExactly("albert", "alan");
        assertThat(t.nicknamesOf("albert")).containsExactly("al", "bert");
        assertThat(t.nicknamesOf("bert")).containsExactly("albert");
        assertThat(t.nicknamesOf("alun")).isEmpty();
        assertThat(t.transliterationsOf("alan")).containsExactly("alun");
        assertThat(t.transliterationsOf("al")).isEmpty();
        assertThat(t.nicknameGroupCount()).isEqualTo(3);
        assertThat(t.nicknameNameCount()).isEqualTo(4);
        assertThat(t.transliterationGroupCount()).isEqualTo(1);
    }

    @Test
    void transliterationsAreTheOtherSpellingsOfTheName() {
        Set<String> mohammed = tables.transliterationsOf("mohammed");
        assertThat(mohammed).contains("muhammad", "mohamed", "mehmet").doesNotContain("mohammed");
        assertThat(tables.transliterationsOf("oleksandr")).contains("aleksandr", "alexander");
        assertThat(tables.transliterationsOf("zzyzx")).isEmpty();
    }

    @Test
    void countsAreThoseOfTheGroupsRead() {
        assertThat(tables.nicknameGroupCount()).isEqualTo(tables.nicknameGroups().size()).isGreaterThan(100);
        assertThat(tables.transliterationGroupCount()).isEqualTo(tables.transliterationGroups().size())
                .isGreaterThan(100);
        Set<String> names = new HashSet<>();
        tables.nicknameGroups().forEach(g -> names.addAll(Arrays.asList(g)));
        assertThat(tables.nicknameNameCount()).isEqualTo(names.size());
        assertThat(NameTables.standard()).isSameAs(tables);
    }
}
