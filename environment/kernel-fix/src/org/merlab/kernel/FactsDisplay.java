package org.merlab.kernel;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;

/**
 * Shows an {@code org.merlab.notebook.Facts} as one output with two representations: its {@code html()} for the
 * reader (text/html, what Jupyter and nbconvert display) and its {@code json()} under
 * {@code application/vnd.merlab.facts+json}, which {@code environment/run-notebooks --check} reads from the
 * executed notebook. Found by class name and read by reflection, as {@link TablesawDisplay} reads tables: the
 * notebook's class path is another class loader.
 */
public final class FactsDisplay implements DisplayProvider {

    private static final String FACTS = "org.merlab.notebook.Facts";
    private static final String MIME = "application/vnd.merlab.facts+json";

    /** The facts' two texts, a type the kernel's own class loader knows. */
    private record View(String json, String html) {
    }

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new DisplayRenderer() {
            @Override
            public Class<?> rendererClass() {
                return View.class;
            }

            @Override
            public boolean canRender(String mime) {
                return mime == null || mime.equals("text/html") || mime.equals(MIME);
            }

            @Override
            public DisplayData render(String mime, Object o) {
                View view = (View) o;
                // withType() accepts only the kernel's known MIME types; putData takes any.
                DisplayData data = DisplayData.fromHtml(view.html());
                data.putData(MIME, view.json());
                return data;
            }
        });
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ByClassName(FACTS, View.class, facts -> new View(call(facts, "json"), call(facts, "html"))));
    }

    private static String call(Object facts, String method) {
        try {
            return (String) facts.getClass().getMethod(method).invoke(facts);
        } catch (IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot read " + FACTS + "." + method + "()", e);
        }
    }
}
