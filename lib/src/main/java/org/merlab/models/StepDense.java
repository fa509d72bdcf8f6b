package org.merlab.models;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The same dense map at every step of an NCW sequence, in SameDiff: {@code [b][in][T]} times {@code W [in][out]}
 * plus {@code bias [out]} gives {@code [b][out][T]}. Written as a reshape to {@code [b T][in]} and one matrix
 * product, because the gradient of SameDiff's {@code tensorMmul} on these shapes fails in ND4J 1.0.0-M2.1
 * ({@code tensormmul_bp}: "the dimensions at given axes for both input arrays must be the same").
 */
final class StepDense {

    private StepDense() {
    }

    static SDVariable apply(SameDiff sd, SDVariable x, SDVariable w, SDVariable bias, long in, long out) {
        SDVariable shape = sd.concat(0, sd.sizeAt(x, 0).reshape(1), sd.sizeAt(x, 2).reshape(1),
                sd.constant(Nd4j.createFromArray(out)));
        return x.permute(0, 2, 1).reshape(-1, in).mmul(w).add(bias).reshape(shape).permute(0, 2, 1);
    }
}
