package org.merlab.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Deterministic thinning that keeps every group represented: the {@code limit} methods of the loaders' results. */
final class RoundRobin {

    private RoundRobin() {
    }

    /**
     * At most {@code max} of {@code items}, taken round-robin over groups (the first of each group, then the
     * second, ...), in their original order.
     */
    static <T> List<T> take(List<T> items, Function<T, String> group, int max) {
        Map<String, List<T>> byGroup = new LinkedHashMap<>();
        for (T t : items) {
            byGroup.computeIfAbsent(group.apply(t), g -> new ArrayList<>()).add(t);
        }
        Set<T> kept = new HashSet<>();
        for (int rank = 0; kept.size() < Math.min(max, items.size()); rank++) {
            for (List<T> members : byGroup.values()) {
                if (rank < members.size() && kept.size() < max) {
                    kept.add(members.get(rank));
                }
            }
        }
        return items.stream().filter(kept::contains).toList();
    }
}
