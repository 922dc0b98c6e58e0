package org.nmoregister.monitoring.duties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DapoTermsReaderTest {

    @Test
    void notificationFromServiceAndMonitoring() {
        var r = DapoTermsReader.read("1. The respondent must not contact the applicant.\n"
                + "2. The respondent must notify the police of every name they use and their home address within "
                + "3 days of being served with this order.\n"
                + "3. The respondent is subject to electronic monitoring of their whereabouts.").orElseThrow();
        assertThat(r.notification()).isTrue();
        assertThat(r.from()).isEqualTo(DapoTermsReader.NotificationFrom.SERVICE);
        assertThat(r.electronicMonitoring()).isTrue();
    }

    @Test
    void notificationFromTheOrder() {
        var r = DapoTermsReader.read("4. Within 3 days beginning with the day this order was made, the respondent "
                + "shall notify the police of their name and home address.").orElseThrow();
        assertThat(r.from()).isEqualTo(DapoTermsReader.NotificationFrom.ORDER);
        assertThat(r.electronicMonitoring()).isFalse();
    }

    @Test
    void notificationWithoutSayingFromWhen() {
        var r = DapoTermsReader.read("2. The respondent must notify the police of their home address.").orElseThrow();
        assertThat(r.notification()).isTrue();
        assertThat(r.from()).isNull();
    }

    @Test
    void termsThatSayNothingOfEither() {
        assertThat(DapoTermsReader.read("1. The respondent must not go to 14 Acacia Avenue. 2. He must not "
                + "contact the applicant by any means.")).isEmpty();
        assertThat(DapoTermsReader.read(null)).isEmpty();
        // "address" alone, without a duty to notify, is not a notification requirement
        assertThat(DapoTermsReader.read("1. The respondent must not go within 100 metres of the applicant's address."))
                .isEmpty();
    }
}
