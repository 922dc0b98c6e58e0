package org.nmoregister.monitoring.alerts;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live alerts of each force's control room: server-sent events to every open control-room page of the force.
 * An alert is sent once the transaction that stored it has committed (never an alert that was rolled back). What is
 * sent names the place only by its kind and area, so it is the same for every reader; the alert's page shows the
 * rest to those entitled to it.
 */
@Component
public class AlertStream {

    private static final Logger log = LoggerFactory.getLogger(AlertStream.class);
    /** A page reconnects on its own after this (the browser's EventSource does). */
    static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    /** What a control-room page is told of a new or changed alert. */
    public record LiveAlert(UUID id, AlertKind kind, String kindInWords, String status, java.time.Instant at,
                            java.time.Instant receivedAt, UUID orderId, String place, Double distanceMetres,
                            int points, boolean raised) {
    }

    private final Map<UUID, List<SseEmitter>> byForce = new ConcurrentHashMap<>();

    /** A new subscription for a page of the force. */
    public SseEmitter subscribe(UUID forceId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        List<SseEmitter> list = byForce.computeIfAbsent(forceId, k -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        emitter.onCompletion(() -> list.remove(emitter));
        emitter.onTimeout(() -> list.remove(emitter));
        emitter.onError(e -> list.remove(emitter));
        try {
            emitter.send(SseEmitter.event().comment("connected"));
        } catch (IOException e) {
            list.remove(emitter);
        }
        return emitter;
    }

    public int subscribers(UUID forceId) {
        List<SseEmitter> list = byForce.get(forceId);
        return list == null ? 0 : list.size();
    }

    /** Sends the alerts once the current transaction commits (at once when there is none). */
    public void afterCommit(List<AlertRow> alerts, boolean raised) {
        if (alerts.isEmpty()) {
            return;
        }
        List<AlertRow> copy = List.copyOf(alerts);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(copy, raised);
                }
            });
        } else {
            send(copy, raised);
        }
    }

    void send(List<AlertRow> alerts, boolean raised) {
        for (AlertRow a : alerts) {
            List<SseEmitter> list = byForce.get(a.forceId());
            if (list == null || list.isEmpty()) {
                continue;
            }
            LiveAlert live = new LiveAlert(a.id(), a.kind(), a.kind().words(), a.status(), a.at(), a.receivedAt(),
                    a.orderId(), a.placeInWords(), a.distanceMetres() == null ? null
                    : (double) Math.round(a.distanceMetres()), a.points(), raised);
            for (SseEmitter emitter : list) {
                try {
                    emitter.send(SseEmitter.event().name("alert").id(a.id().toString()).data(live,
                            MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    log.debug("A control-room page went away: {}", e.getMessage());
                    list.remove(emitter);
                }
            }
        }
    }
}
