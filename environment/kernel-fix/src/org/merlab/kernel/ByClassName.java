package org.merlab.kernel;

import java.util.function.Function;

import org.rapaio.jupyter.kernel.display.DisplayTransformer;

/**
 * Turns values of one class, recognised by name, into a type the kernel can render. Classes from the notebook's
 * class path (RJK_CLASSPATH) live in another class loader than the kernel's, so they cannot be named as types here.
 */
final class ByClassName implements DisplayTransformer {

    private final String className;
    private final Class<?> target;
    private final Function<Object, Object> transform;

    ByClassName(String className, Class<?> target, Function<Object, Object> transform) {
        this.className = className;
        this.target = target;
        this.transform = transform;
    }

    @Override
    public boolean canTransform(Object o) {
        return o != null && o.getClass().getName().equals(className);
    }

    @Override
    public Class<?> transformedClass() {
        return target;
    }

    @Override
    public Object transform(Object o) {
        return transform.apply(o);
    }
}
