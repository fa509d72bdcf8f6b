package org.merlab.data;

import java.util.Optional;
import java.util.function.Function;

/** Looks a label up among an enum's constants by the spelling the annotation files use. */
final class Labels {

    private Labels() {
    }

    /** The constant whose {@code spelling} equals {@code text} exactly, if any. */
    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> spelling, String text) {
        for (E e : values) {
            if (spelling.apply(e).equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
