package org.merlab.train;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryLimitsTest {

    @Test
    void eachKindOfExhaustionNamesItsSetting() {
        // JavaCPP's own messages (org.bytedeco.javacpp.Pointer), then the JVM's.
        var physical = MemoryLimits.explain(new OutOfMemoryError(
                "Physical memory usage is too high: physicalBytes (12G) > maxPhysicalBytes (11G)"));
        assertTrue(physical.getMessage().contains("raise MERLAB_MAXRSS"), physical.getMessage());
        var buffers = MemoryLimits.explain(new OutOfMemoryError(
                "Cannot allocate new FloatPointer(100): totalBytes = 6G, physicalBytes = 9G"));
        assertTrue(buffers.getMessage().contains("raise MERLAB_OFFHEAP"), buffers.getMessage());
        // What JavaCPP 1.5 throws: the limit that was hit is the cause of a generic "Cannot allocate".
        var tooHigh = new OutOfMemoryError("Cannot allocate new LongPointer(2): totalBytes = 256, physicalBytes = 201M");
        tooHigh.initCause(new OutOfMemoryError(
                "Physical memory usage is too high: physicalBytes (202M) > maxPhysicalBytes (200M)"));
        var rss = MemoryLimits.explain(tooHigh);
        assertTrue(rss.getMessage().contains("raise MERLAB_MAXRSS"), rss.getMessage());
        var overBuffers = new OutOfMemoryError("Cannot allocate new FloatPointer(9): totalBytes = 6G, physicalBytes = 7G");
        overBuffers.initCause(new OutOfMemoryError(
                "Failed to allocate memory within limits: totalBytes (6G) + size (36) > maxBytes (6G)"));
        assertTrue(MemoryLimits.explain(overBuffers).getMessage().contains("raise MERLAB_OFFHEAP"));
        var heap = new OutOfMemoryError("Java heap space");
        var explained = MemoryLimits.explain(heap);
        assertTrue(explained.getMessage().startsWith("Java heap space -- "), explained.getMessage());
        assertTrue(explained.getMessage().contains("raise MERLAB_HEAP"), explained.getMessage());
        assertSame(heap, explained.getCause());
    }
}
