package org.merlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoundRobinTest {

    @Test
    void everyGroupBeforeAnySecondMemberAndOriginalOrderKept() {
        List<String> items = List.of("a1", "a2", "a3", "b1", "c1", "c2");
        assertEquals(List.of("a1", "a2", "b1", "c1", "c2"), RoundRobin.take(items, s -> s.substring(0, 1), 5));
        assertEquals(List.of("a1", "b1"), RoundRobin.take(items, s -> s.substring(0, 1), 2));
        assertEquals(items, RoundRobin.take(items, s -> s.substring(0, 1), 10));
    }
}
