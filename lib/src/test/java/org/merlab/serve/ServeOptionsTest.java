package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServeOptionsTest {

    @Test
    void defaultsListenOnLoopbackWithAnExplicitCap() {
        ServeOptions o = ServeOptions.defaults();
        assertEquals("127.0.0.1", o.host());
        assertEquals(8080, o.port());
        assertEquals(50L * 1024 * 1024, o.maxUploadBytes());
        assertEquals(Runtime.getRuntime().availableProcessors(), o.workers());
        assertEquals(4 * o.workers(), o.queueCapacity());
        assertEquals(3, o.withWorkers(3).workers());
        assertEquals(12, o.withWorkers(3).queueCapacity());
        assertEquals(Duration.ofSeconds(60), o.timeout());
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        ServeOptions o = ServeOptions.defaults();
        assertEquals("port must be 0 (any free port) to 65535, got 70000",
                assertThrows(ServeException.class, () -> o.withPort(70_000)).getMessage());
        assertEquals("workers must be at least 1, got 0",
                assertThrows(ServeException.class, () -> o.withWorkers(0)).getMessage());
        assertEquals("the queue capacity must be at least 1, got 0",
                assertThrows(ServeException.class, () -> o.withQueueCapacity(0)).getMessage());
        assertEquals("the upload cap must be at least 1 byte, got 0",
                assertThrows(ServeException.class, () -> o.withMaxUploadBytes(0)).getMessage());
        assertEquals("timeout must be a positive duration, got PT0S",
                assertThrows(ServeException.class, () -> o.withTimeout(Duration.ZERO)).getMessage());
        assertEquals("idle timeout must be a positive duration, got PT-1S",
                assertThrows(ServeException.class, () -> o.withIdleTimeout(Duration.ofSeconds(-1))).getMessage());
        assertEquals("host must be an address or name, got ' '",
                assertThrows(ServeException.class, () -> o.withHost(" ")).getMessage());
    }
}
