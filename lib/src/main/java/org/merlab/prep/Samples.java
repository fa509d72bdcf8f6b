package org.merlab.prep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A labelled feature table: one row per segment, as the paper's 28 features per segment.
 *
 * <p>Shapes: {@code x[rows][features]}, {@code y[rows]} (class index into {@code classes}), {@code group[rows]}
 * (the track a segment was cut from; SMOTE rows carry a {@link Tracks#syntheticTag synthetic tag}).
 * Immutable: arrays are copied in and out; use {@link #row}, {@link #label} and {@link #group(int)} in loops.
 */
public record Samples(double[][] x, int[] y, String[] group, List<String> classes) {

    public Samples {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(group, "group");
        classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
        if (classes.isEmpty()) {
            throw new PrepException("classes must not be empty");
        }
        if (y.length != x.length || group.length != x.length) {
            throw new PrepException("x, y and group must have one entry per row, got " + x.length + ", "
                    + y.length + " and " + group.length);
        }
        int width = x.length == 0 ? 0 : x[0].length;
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null || x[i].length != width) {
                throw new PrepException("row " + i + " has " + (x[i] == null ? "no" : x[i].length)
                        + " features, expected " + width);
            }
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new PrepException("feature " + j + " of row " + i + " is " + x[i][j]);
                }
            }
            if (y[i] < 0 || y[i] >= classes.size()) {
                throw new PrepException("label " + y[i] + " of row " + i + " is not a class index in [0, "
                        + classes.size() + ")");
            }
            if (group[i] == null || group[i].isBlank()) {
                throw new PrepException("row " + i + " has no group (track id)");
            }
            rows[i] = x[i].clone();
        }
        x = rows;
        y = y.clone();
        group = group.clone();
    }

    @Override
    public double[][] x() {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    @Override
    public int[] y() {
        return y.clone();
    }

    @Override
    public String[] group() {
        return group.clone();
    }

    public int size() {
        return y.length;
    }

    public int numFeatures() {
        return x.length == 0 ? 0 : x[0].length;
    }

    public int numClasses() {
        return classes.size();
    }

    public double[] row(int i) {
        return x[i].clone();
    }

    public int label(int i) {
        return y[i];
    }

    public String group(int i) {
        return group[i];
    }

    /** Rows per class, {@code [numClasses]}. */
    public int[] classCounts() {
        int[] counts = new int[classes.size()];
        for (int label : y) {
            counts[label]++;
        }
        return counts;
    }

    /** Distinct group ids in order of first appearance. */
    public List<String> groups() {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.asList(group)));
    }

    /** The given rows, in the given order (repeats allowed). */
    public Samples subset(int[] rows) {
        double[][] sx = new double[rows.length][];
        int[] sy = new int[rows.length];
        String[] sg = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= size()) {
                throw new PrepException("row index " + rows[i] + " out of range [0, " + size() + ")");
            }
            sx[i] = x[rows[i]];
            sy[i] = y[rows[i]];
            sg[i] = group[rows[i]];
        }
        return new Samples(sx, sy, sg, classes);
    }

    /** The real segments only, without SMOTE rows: e.g. to score a published-protocol test part on real data. */
    public Samples realRows() {
        return subset(IntStream.range(0, size()).filter(i -> !Tracks.isSynthetic(group[i])).toArray());
    }

    /** This table's rows followed by {@code other}'s; both must share class names and feature count. */
    public Samples concat(Samples other) {
        if (!classes.equals(other.classes)) {
            throw new PrepException("cannot concatenate samples with classes " + classes + " and " + other.classes);
        }
        if (size() > 0 && other.size() > 0 && numFeatures() != other.numFeatures()) {
            throw new PrepException("cannot concatenate samples with " + numFeatures() + " and "
                    + other.numFeatures() + " features");
        }
        double[][] cx = Arrays.copyOf(x, size() + other.size());
        System.arraycopy(other.x, 0, cx, size(), other.size());
        int[] cy = Arrays.copyOf(y, size() + other.size());
        System.arraycopy(other.y, 0, cy, size(), other.size());
        String[] cg = Arrays.copyOf(group, size() + other.size());
        System.arraycopy(other.group, 0, cg, size(), other.size());
        return new Samples(cx, cy, cg, classes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Samples s && classes.equals(s.classes) && Arrays.deepEquals(x, s.x)
                && Arrays.equals(y, s.y) && Arrays.equals(group, s.group);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(x), Arrays.hashCode(y), Arrays.hashCode(group), classes);
    }

    @Override
    public String toString() {
        return "Samples[" + size() + " rows x " + numFeatures() + " features, " + groups().size() + " groups, classes "
                + classes + ", counts " + Arrays.toString(classCounts()) + "]";
    }
}
