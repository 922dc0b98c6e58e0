package org.nmoregister.terms.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the public draft checker: it needs no sign-in, so it must not become a free
 * parsing service for anyone with a script. In memory per instance (a load balancer with N instances allows N times
 * the rate, which is still bounded). Buckets left full are forgotten so the map cannot grow without limit.
 */
public class DraftCheckRateLimiter {

    private static final int MAX_CLIENTS = 50_000;

    private final Clock clock;
    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public DraftCheckRateLimiter(Clock clock, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("nmo.terms.draft-check.requests-per-minute must be at least 1");
        }
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Takes a token for the client; answers 0 if allowed, else the whole seconds to wait before trying again. */
    public long acquire(String client) {
        long now = clock.millis();
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client == null ? "unknown" : client, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double msPerToken = 60_000.0 / perMinute;
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * msPerToken / 1000));
        }
    }

    private void forgetIdle(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next().getValue();
            synchronized (bucket) {
                bucket.refill(now, perMinute);
                if (bucket.tokens >= perMinute) {
                    it.remove();
                }
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updated = now;
        }

        void refill(long now, int perMinute) {
            if (now > updated) {
                tokens = Math.min(perMinute, tokens + (now - updated) * perMinute / 60_000.0);
                updated = now;
            }
        }
    }
}
