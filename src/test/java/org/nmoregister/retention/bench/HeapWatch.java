package org.nmoregister.retention.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the JVM's heap while a benchmark runs: the highest heap in use (sampled every 20 ms, so garbage not yet
 * collected counts) and the highest heap still in use after a collection (what the work really keeps; a sweep in
 * bounded memory keeps this flat whatever the register's size).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        var memory = ManagementFactory.getMemoryMXBean();
        peakUsed.set(memory.getHeapMemoryUsage().getUsed());
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            long before = 0;
            for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    after += pool.getValue().getUsed();
                }
            }
            for (var pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    before += pool.getValue().getUsed();
                }
            }
            peakAfterGc.accumulateAndGet(after, Math::max);
            peakUsed.accumulateAndGet(before, Math::max);
            collections.incrementAndGet();
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The collector's heap pools (eden, survivor, old), not metaspace or the code cache. */
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isHeap(String pool) {
        return HEAP_POOLS.contains(pool);
    }

    long peakUsedBytes() {
        return peakUsed.get();
    }

    /** The most heap in use just after a collection during the watch; 0 when nothing was collected. */
    long peakAfterGcBytes() {
        return peakAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    static long maxHeapBytes() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
