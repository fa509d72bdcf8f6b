package org.merlab.text;

/**
 * Pads token-id sequences of different lengths into one rectangular batch with a mask, the layout of DL4J's
 * sequence input for an embedding layer: ids {@code [batch][T]} as floats, {@link Vocabulary#PAD} past each
 * sequence's end, mask {@code [batch][T]} 1 on real tokens and 0 on padding, {@code T} the longest sequence.
 */
public final class Padding {

    private Padding() {
    }

    /**
     * A padded batch.
     *
     * @param ids  {@code [batch][T]} token ids
     * @param mask {@code [batch][T]} 1 where a token is, 0 on padding
     */
    public record Batch(float[][] ids, float[][] mask) {

        /** Padded length T. */
        public int length() {
            return ids.length == 0 ? 0 : ids[0].length;
        }
    }

    /**
     * Pads {@code sequences} to the longest of them.
     *
     * @throws TextException if a sequence is empty (it would be all padding, and its masked mean undefined)
     */
    public static Batch pad(int[][] sequences) {
        int length = 0;
        for (int i = 0; i < sequences.length; i++) {
            if (sequences[i].length == 0) {
                throw new TextException("sequence " + i + " is empty: every text needs at least one token");
            }
            length = Math.max(length, sequences[i].length);
        }
        float[][] ids = new float[sequences.length][length];
        float[][] mask = new float[sequences.length][length];
        for (int i = 0; i < sequences.length; i++) {
            for (int t = 0; t < sequences[i].length; t++) {
                ids[i][t] = sequences[i][t];
                mask[i][t] = 1;
            }
        }
        return new Batch(ids, mask);
    }
}
