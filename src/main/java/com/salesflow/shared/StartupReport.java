package com.salesflow.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The start-up benchmark (docs/benchmarks.md): with {@code --salesflow.benchmark.startup=true} the application
 * reports the time from JVM start to ready and the heap in use after a full GC, then exits.
 */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ApplicationContext context;
    private final boolean benchmark;

    StartupReport(ApplicationContext context, @Value("${salesflow.benchmark.startup:false}") boolean benchmark) {
        this.context = context;
        this.benchmark = benchmark;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!benchmark) {
            return;
        }
        long readyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        log.info("STARTUP-BENCHMARK ready_ms={} heap_used_mb={} heap_committed_mb={}", readyMillis,
                heap.getUsed() / (1024 * 1024), heap.getCommitted() / (1024 * 1024));
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
