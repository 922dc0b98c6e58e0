package org.nmoregister.flags.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.nmoregister.orders.ChangeKind;
import org.nmoregister.orders.DurationKind;
import org.nmoregister.orders.OrderDetails;
import org.nmoregister.orders.OrderFixtures;
import org.nmoregister.orders.OrderRegister;
import org.nmoregister.orders.OrderSnapshot;
import org.nmoregister.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The markers' end follows the newest recorded version, whatever order the versions' events are handled in. */
@IntegrationTest
class MarkerEndIntegrationTest {

    @Autowired
    OrderRegister orders;
    @Autowired
    MarkerService markers;
    @Autowired
    JdbcTemplate jdbc;

    final Instant made = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Test
    @WithUserDetails("poc.northshire")
    void anExtensionMovesTheEndAndAnOlderVersionHandledLateDoesNotMoveItBack() {
        OrderDetails first = OrderFixtures.withoutNoticeNmo(OrderFixtures.uniqueCaseNumber(), made);
        UUID id = orders.create(first, null);
        OrderSnapshot v1 = orders.current(id);
        markers.apply(v1); // as when version 1 is assured
        assertThat(ends(id)).isNotEmpty().containsOnly(MarkerService.end(first));

        Instant later = first.endsAt().plus(180, ChronoUnit.DAYS);
        orders.addVersion(id, ChangeKind.EXTENSION, made.plusSeconds(3600),
                first.withEnd(DurationKind.UNTIL_DATE, later), "FL403 extension");
        await().atMost(Duration.ofSeconds(20)).until(() -> ends(id).stream().allMatch(later::equals));

        markers.updateEnd(v1); // version 1's event, handled after version 2's

        assertThat(ends(id)).containsOnly(later);
        assertThat(jdbc.queryForList("select end_version from marker where order_id = ? and withdrawn_at is null",
                Integer.class, id)).containsOnly(2);
    }

    private List<Instant> ends(UUID id) {
        return jdbc.queryForList("select expires_at from marker where order_id = ? and withdrawn_at is null",
                Timestamp.class, id).stream().map(Timestamp::toInstant).toList();
    }
}
