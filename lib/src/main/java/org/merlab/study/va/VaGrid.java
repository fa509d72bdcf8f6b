package org.merlab.study.va;

import java.util.ArrayList;
import java.util.List;

import org.merlab.data.VaPiece;
import org.merlab.eval.StepGrid;

/**
 * The time grid a valence/arousal prediction is scored on: the annotation steps themselves (VGMIDI's bars), or a
 * regular 0.5 s grid as DEAM-style sets are scored ({@link StepGrid#hold}), on which long bars weigh by duration.
 */
public enum VaGrid {
    STEP("step", "step"),
    HALF_SECOND("0.5s", "half-second");

    private final String label;
    private final String fileName;

    VaGrid(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** The grid column of tables. */
    public String label() {
        return label;
    }

    /** The grid's part of report file names. */
    public String fileName() {
        return fileName;
    }

    /** Each piece's series of {@code dimension} from {@code values[piece][dimension][step]}, on this grid. */
    public List<double[]> series(List<VaPiece> pieces, double[][][] values, int dimension) {
        List<double[]> out = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            double[] v = values[i][dimension];
            out.add(this == STEP ? v : StepGrid.hold(pieces.get(i).boundaries(), v, 0.5));
        }
        return out;
    }

    /** The annotated means of {@code dimension} on this grid. */
    public List<double[]> truth(List<VaPiece> pieces, int dimension) {
        double[][][] values = new double[pieces.size()][][];
        for (int i = 0; i < pieces.size(); i++) {
            values[i] = new double[][] {pieces.get(i).valence(), pieces.get(i).arousal()};
        }
        return series(pieces, values, dimension);
    }
}
