package org.nmoregister.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharingSettingsTest {

    final UUID northshire = UUID.randomUUID();
    final UUID southvale = UUID.randomUUID();
    final UUID eastmoor = UUID.randomUUID();

    @Test
    void aForceThatSetNothingSharesWithEveryOtherForceAndGivesNoTelephone() {
        var settings = SharingSettings.defaultFor(northshire);
        assertThat(settings.sharesWith(southvale)).isTrue();
        assertThat(settings.sharesWith(eastmoor)).isTrue();
        assertThat(settings.controlRoomTelephone()).isNull();
        assertThat(settings.inWordsFor(southvale)).isEqualTo("shares with this force (default: on)");
    }

    @Test
    void aForceNeverSharesWithItselfOrWithNoForce() {
        var settings = SharingSettings.defaultFor(northshire);
        assertThat(settings.sharesWith(northshire)).isFalse();
        assertThat(settings.sharesWith(null)).isFalse();
    }

    @Test
    void sharingOffIsOffForEveryForceButAnException() {
        var settings = new SharingSettings(northshire, false, Map.of(southvale, true), "0300 555 0101");
        assertThat(settings.sharesWith(southvale)).isTrue();
        assertThat(settings.sharesWith(eastmoor)).isFalse();
        assertThat(settings.inWordsFor(southvale))
                .isEqualTo("shares with this force (an exception to its default, which is off)");
        assertThat(settings.inWordsFor(eastmoor)).isEqualTo("does not share with this force (default: off)");
    }

    @Test
    void anExceptionCanWithholdFromOneForceWhileSharingWithTheRest() {
        var settings = new SharingSettings(northshire, true, Map.of(eastmoor, false), null);
        assertThat(settings.sharesWith(southvale)).isTrue();
        assertThat(settings.sharesWith(eastmoor)).isFalse();
        assertThat(settings.inWordsFor(eastmoor))
                .isEqualTo("does not share with this force (an exception to its default, which is on)");
    }

    @Test
    void theExceptionsAreCopied() {
        var exceptions = new java.util.HashMap<UUID, Boolean>();
        exceptions.put(southvale, false);
        var settings = new SharingSettings(northshire, true, exceptions, null);
        exceptions.put(southvale, true);
        assertThat(settings.sharesWith(southvale)).isFalse();
    }
}
