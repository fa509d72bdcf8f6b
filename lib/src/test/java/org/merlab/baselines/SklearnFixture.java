package org.merlab.baselines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The 4-class problem of {@code make_sklearn_baselines.py} and what scikit-learn 1.2.1's default
 * {@code RandomForestClassifier()} and {@code SVC()} made of it (fitted on the training rows, features as written).
 *
 * @param trainX            {@code [400][8]} training rows, unscaled
 * @param trainY            their labels {@code 0..3}
 * @param testX             {@code [200][8]} test rows: 2 of each cluster whose other 4 are in training
 * @param testY             their labels
 * @param svcPredicted      {@code SVC().predict} of each test row
 * @param svcStandardisedPredicted the same for {@code SVC()} fitted on the rows standardised by a
 *                          {@code StandardScaler} fitted on the training rows
 * @param svcGamma          {@code SVC()._gamma}, i.e. gamma='scale' on the (unscaled) training rows
 * @param svcAccuracy       {@code SVC()}'s test accuracy
 * @param svcStandardisedAccuracy that of {@code SVC()} on standardised rows
 * @param forestAccuracies  {@code RandomForestClassifier(random_state=s)}'s test accuracy, s = 0..9
 */
record SklearnFixture(double[][] trainX, int[] trainY, double[][] testX, int[] testY, int[] svcPredicted,
                      int[] svcStandardisedPredicted, double svcGamma, double svcAccuracy,
                      double svcStandardisedAccuracy, double[] forestAccuracies) {

    static SklearnFixture load() {
        try {
            JsonNode summary = new ObjectMapper().readTree(resource("sklearn-baselines.json"));
            List<double[]> trainX = new ArrayList<>();
            List<double[]> testX = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>();
            List<Integer> testY = new ArrayList<>();
            List<Integer> svc = new ArrayList<>();
            List<Integer> svcStandardised = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("sklearn-baselines.csv"),
                    StandardCharsets.UTF_8))) {
                in.readLine(); // test,y,svc,svcStandardised,x0..x7
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] cells = line.split(",");
                    double[] x = Arrays.stream(cells, 4, cells.length).mapToDouble(Double::parseDouble).toArray();
                    int y = Integer.parseInt(cells[1]);
                    if (cells[0].equals("1")) {
                        testX.add(x);
                        testY.add(y);
                        svc.add(Integer.parseInt(cells[2]));
                        svcStandardised.add(Integer.parseInt(cells[3]));
                    } else {
                        trainX.add(x);
                        trainY.add(y);
                    }
                }
            }
            double[] forests = new double[summary.get("forestAccuracies").size()];
            for (int s = 0; s < forests.length; s++) {
                forests[s] = summary.get("forestAccuracies").get(s).asDouble();
            }
            return new SklearnFixture(trainX.toArray(double[][]::new), ints(trainY), testX.toArray(double[][]::new),
                    ints(testY), ints(svc), ints(svcStandardised), summary.get("svcGamma").asDouble(),
                    summary.get("svcAccuracy").asDouble(), summary.get("svcStandardisedAccuracy").asDouble(), forests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Share of {@code predicted} equal to {@code reference}. */
    static double agreement(int[] predicted, int[] reference) {
        int same = 0;
        for (int i = 0; i < predicted.length; i++) {
            same += predicted[i] == reference[i] ? 1 : 0;
        }
        return (double) same / predicted.length;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SklearnFixture.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("test resource " + name + " is missing");
        }
        return in;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
