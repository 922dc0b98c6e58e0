package org.nmoregister.breaches.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nmoregister.support.IntegrationTest;
import org.nmoregister.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Monday's job draws last week's sample for every force, once, and leaves a sample already drawn alone. */
@IntegrationTest
class WeeklyDipSampleTest {

    @Autowired
    WeeklyDipSample job;
    @Autowired
    DipSampling sampling;
    @Autowired
    UserDetailsService users;

    @Test
    void everyForceGetsLastWeeksSampleOnceWhateverIsAlreadyDrawn() {
        job.drawLastWeek();
        var north = SignedIn.as(users, "supervisor.northshire", () -> sampling.sampleFor(sampling.lastCompleteWeek()));
        var south = SignedIn.as(users, "supervisor.southvale", () -> sampling.sampleFor(sampling.lastCompleteWeek()));
        assertThat(north).isPresent();
        assertThat(south).isPresent().isNotEqualTo(north);

        job.drawLastWeek();
        assertThat(SignedIn.as(users, "supervisor.northshire", () -> sampling.sampleFor(sampling.lastCompleteWeek())))
                .isEqualTo(north);
        // No test draws Southvale's samples by hand: the job drew it, as the named system process.
        assertThat(SignedIn.as(users, "supervisor.southvale", () -> sampling.read(south.get()).drawnBy()))
                .isEqualTo("system:dip-sampling");
    }
}
