package org.merlab.data;

/**
 * A clip of a set whose categorical task is genre and whose targets are mean ratings (MUSIFEAST-17, musemo): its id is
 * its name in the dataset and its label its genre.
 */
public interface GenreClip extends Track {

    /** The clip's name in the dataset, which its audio file is named after. */
    String name();

    /** The mean ratings, in the order of the dataset's {@code TARGETS}. */
    double[] targets();

    @Override
    default String id() {
        return name();
    }

    /** The genre: these sets have no emotion class, and genre is the categorical task of notebook 08. */
    @Override
    default String label() {
        return genre();
    }
}
