package org.merlab.data;

import java.nio.file.Path;

/** What every music dataset's item offers the pipeline: an id, a genre, an audio file and a class label. */
public interface Track {

    /** The dataset's own id, e.g. {@code "147"} (Emotify) or {@code "MT0000956340"} (4Q). */
    String id();

    /** The genre, as the dataset names it (empty when the dataset gives none). */
    String genre();

    /** The audio file; loaders return only tracks whose audio exists. */
    Path audio();

    /** The categorical target: the dominant emotion (Emotify) or the quadrant (4Q). */
    String label();
}
