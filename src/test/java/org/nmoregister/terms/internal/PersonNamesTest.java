package org.nmoregister.terms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ms Webb          | Ms Sarah Webb      | true
            Mrs Webb         | Ms Sarah Webb      | false
            Ms Webb          | Sarah Webb         | false
            Webb             | Sarah Webb         | false
            Mr Webb          | Ms Sarah Webb      | false
            Ms Webb          | Mr Daniel Webb     | false
            Master Webb      | Mrs Sarah Webb     | false
            Dr Webb          | Ms Sarah Webb      | false
            Dr Webb          | Dr Sarah Webb      | true
            Ms Sarah         | Ms Sarah Webb      | false
            Sarah            | Sarah Webb         | true
            Sarah            | Sarah              | true
            Sarah            | Ellie Webb         | false
            Sarah Webb       | Ms Sarah Webb      | true
            Sarah Jane Webb  | Sarah Webb         | true
            Sarah Webb       | Sarah Jane Webb    | true
            Sarah Webb       | Sarah Jones        | false
            Sarah Webb       | Susan Webb         | false
            Sarah Webb       | Webb               | false
            Ms Sarah Webb    | Mr Sarah Webb      | false
            Ms               | Ms Sarah Webb      | false
            Ms. O'Neil       | Ms Siobhan O'Neil  | true
            """)
    void namesInOneOrder(String candidate, String known, boolean same) {
        assertThat(PersonNames.samePerson(candidate, known)).isEqualTo(same);
    }
}
