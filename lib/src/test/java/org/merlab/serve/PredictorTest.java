package org.merlab.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.merlab.bundle.ModelBundle;
import org.merlab.bundle.SegmentClassifier;

class PredictorTest {

    /** Two workers' predictors run at once, each on its own copy of the network, and agree with the bundle's. */
    @Test
    void eachPredictorOwnsACopyOfTheNetworkThatPredictsAsTheBundleDoes() throws Exception {
        ServeFixture fixture = ServeFixture.get();
        ModelBundle bundle = fixture.read();
        Path clip = fixture.clip(0);
        double[] expected = SegmentClassifier.of(bundle, 1).predict(clip).mean();
        List<Predictor> predictors = List.of(Predictor.Factory.OWN_COPY.create(bundle),
                Predictor.Factory.OWN_COPY.create(bundle));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<double[]>>> runs = new ArrayList<>();
            for (Predictor p : predictors) {
                runs.add(pool.submit(() -> {
                    List<double[]> out = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        out.add(p.predict(clip).mean());
                    }
                    return out;
                }));
            }
            for (Future<List<double[]>> run : runs) {
                for (double[] mean : run.get(2, TimeUnit.MINUTES)) {
                    assertArrayEquals(expected, mean, 0.0);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
