package org.fonti.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap during a phase, sampled every {@value #PERIOD_MILLIS} ms in a background thread from the JVM's
 * memory beans: {@code peakUsed} is the heap in use including garbage not yet collected (what the phase makes
 * the JVM hold), {@code peakLive} the largest heap occupancy left right after a garbage collection (what
 * the phase really keeps alive, summed over the heap pools' "collection usage").
 */
final class HeapSampler implements AutoCloseable {

    static final int PERIOD_MILLIS = 10;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()).toList();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    HeapSampler() {
        System.gc(); // start from a collected heap so earlier phases' garbage does not count
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
            long live = 0;
            for (MemoryPoolMXBean pool : heapPools) {
                var usage = pool.getCollectionUsage();
                live += usage == null ? 0 : usage.getUsed();
            }
            peakLive = Math.max(peakLive, live);
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakUsed() {
        return peakUsed;
    }

    long peakLive() {
        return peakLive;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
