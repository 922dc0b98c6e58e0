package org.nmoregister.flags.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.nmoregister.flags.MarkerKind;
import org.nmoregister.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the register holds against what each receiving system has acknowledged: a marker active here must have had
 * its raising acknowledged there, and a withdrawn one its withdrawal (unless its raising never reached it).
 */
@Service
public class Reconciliation {

    private final MarkerRepository markers;
    private final MarkerExportRepository exports;
    private final ExportProperties properties;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    Reconciliation(MarkerRepository markers, MarkerExportRepository exports, ExportProperties properties,
                   CurrentUsers currentUsers, Clock clock) {
        this.markers = markers;
        this.exports = exports;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public record Row(UUID markerId, UUID orderId, MarkerKind kind, String label, boolean activeHere,
                      String raisedThere, String withdrawnThere, String lastError) {
    }

    public record TargetReport(String target, int markers, int inStep, List<Row> outOfStep) {
    }

    @Transactional(readOnly = true)
    public List<TargetReport> report() {
        UUID forceId = currentUsers.require().forceId();
        Instant now = clock.instant();
        List<MarkerEntity> held = markers.findAll().stream().filter(m -> m.forceId.equals(forceId)).toList();
        Map<UUID, List<MarkerExportEntity>> byMarker = held.isEmpty() ? Map.of()
                : exports.findByMarkerIdIn(held.stream().map(m -> m.id).toList()).stream()
                        .collect(Collectors.groupingBy(e -> e.markerId));
        List<TargetReport> reports = new ArrayList<>();
        for (ExportProperties.Target target : properties.targets()) {
            List<Row> outOfStep = new ArrayList<>();
            for (MarkerEntity marker : held) {
                List<MarkerExportEntity> sent = byMarker.getOrDefault(marker.id, List.of()).stream()
                        .filter(e -> e.target.equals(target.name())).toList();
                String raised = state(sent, "RAISED");
                String withdrawn = state(sent, "WITHDRAWN");
                boolean active = marker.withdrawnAt == null && (marker.expiresAt == null || marker.expiresAt.isAfter(now));
                boolean inStep = active ? raised.equals("ACKNOWLEDGED")
                        : withdrawn.equals("ACKNOWLEDGED") || raised.equals("NOT_SENT");
                if (!inStep) {
                    String label = marker.kind == MarkerKind.PROTECTED_PLACE ? marker.placeKind + " " + marker.address
                            : marker.heldElsewhere() ? marker.personName + " (another force's order: "
                            + marker.heldByReference + ")" : marker.personName;
                    String error = sent.stream().map(e -> e.lastError).filter(java.util.Objects::nonNull)
                            .reduce((a, b) -> b).orElse(null);
                    outOfStep.add(new Row(marker.id, marker.orderId, marker.kind, label, active, raised, withdrawn,
                            error));
                }
            }
            reports.add(new TargetReport(target.name(), held.size(), held.size() - outOfStep.size(), outOfStep));
        }
        return reports;
    }

    private static String state(List<MarkerExportEntity> sent, String change) {
        return sent.stream().filter(e -> e.change.equals(change)).map(e -> e.status).findFirst().orElse("NOT_SENT");
    }
}
