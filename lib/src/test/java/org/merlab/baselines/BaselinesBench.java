package org.merlab.baselines;

import org.merlab.prep.LeakageCheck;
import org.merlab.prep.Protocol;
import org.merlab.prep.Samples;
import org.merlab.prep.Split;
import org.merlab.testing.SyntheticTracks;

import java.util.List;

/**
 * Prints times (not a test): both protocols and all baselines on synthetic data of Emotify's full shape,
 * 400 tracks x 20 segments x 28 features in 9 unequal classes. Run from {@code lib/} after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.merlab.baselines.BaselinesBench [seed]}.
 */
public final class BaselinesBench {

    private BaselinesBench() {
    }

    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int[] tracksPerClass = {90, 70, 60, 50, 40, 30, 25, 20, 15};
        Samples data = SyntheticTracks.generate(tracksPerClass, 20, 28, 0.5, 1, 0.5, seed);
        System.out.println("data: " + data);
        for (Protocol protocol : Protocol.values()) {
            long start = System.nanoTime();
            Split split = protocol.split(data, seed).standardized();
            System.out.printf("%s split (SMOTE + split + scaling): %.2f s, %s%n  %s%n", protocol,
                    (System.nanoTime() - start) / 1e9, split, LeakageCheck.measure(split));
            List<BaselineResult> results = Baselines.runAll(split.train(), split.test(), seed);
            results.forEach(r -> System.out.println("  " + r));
            System.out.println(Baselines.table(results).print());
        }
    }
}
