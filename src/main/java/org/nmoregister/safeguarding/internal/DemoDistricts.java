package org.nmoregister.safeguarding.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nmoregister.security.ForceDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo forces' districts cover the demo orders' made-up postcodes (NX for Northshire, SV for Southvale), and each
 * force's {@code neighbourhood.<force>} user works in its first district. Set before the demo orders are loaded and
 * assured, so their briefings find their districts; left alone once a force has any coverage (an administrator may
 * have changed it).
 */
@Component
class DemoDistricts {

    private static final Logger log = LoggerFactory.getLogger(DemoDistricts.class);

    /** Each demo district's name and the postcode districts it covers. */
    static final Map<String, Map<String, List<String>>> COVERAGE = Map.of(
            "northshire", ordered("Northshire Central", List.of("NX1", "NX2", "NX3"),
                    "Northshire East", List.of("NX4", "NX5", "NX6"),
                    "Northshire West", List.of("NX7", "NX8", "NX9")),
            "southvale", ordered("Southvale City", List.of("SV1", "SV2", "SV3", "SV4"),
                    "Southvale Rural", List.of("SV5", "SV6", "SV7", "SV8", "SV9")));

    private final Districts districts;
    private final ForceDirectory forces;
    private final boolean enabled;

    DemoDistricts(Districts districts, ForceDirectory forces, @Value("${nmo.demo.enabled:false}") boolean enabled) {
        this.districts = districts;
        this.forces = forces;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    void cover() {
        if (!enabled) {
            return;
        }
        COVERAGE.forEach((forceCode, coverage) -> forces.byCode(forceCode).ifPresent(force -> {
            var known = districts.of(force.id());
            if (known.stream().anyMatch(d -> !d.areas().isEmpty())) {
                return;
            }
            StringBuilder csv = new StringBuilder("district,area\n");
            coverage.forEach((name, areas) -> areas.forEach(a -> csv.append(name).append(',').append(a).append('\n')));
            districts.importCsv(force.id(), new java.io.StringReader(csv.toString()));
            for (District d : districts.of(force.id())) {
                String mailbox = d.code() + "@" + forceCode + ".police.example";
                districts.edit(force.id(), d.id(), d.name(), "neighbourhood." + mailbox, "inspector." + mailbox,
                        String.join(", ", d.areas()));
            }
            String first = coverage.keySet().iterator().next();
            districts.of(force.id()).stream().filter(d -> d.name().equals(first)).findFirst()
                    .ifPresent(d -> districts.assignOfficer("neighbourhood." + forceCode, d.id()));
            log.info("Demo districts of {} cover {}", forceCode, coverage);
        }));
    }

    private static Map<String, List<String>> ordered(Object... namesAndAreas) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndAreas.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> areas = (List<String>) namesAndAreas[i + 1];
            map.put((String) namesAndAreas[i], areas);
        }
        return map;
    }
}
