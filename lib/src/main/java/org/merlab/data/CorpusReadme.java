package org.merlab.data;

import java.util.Locale;

/** The {@code README.md} the generator writes into a synthetic corpus: what it is and why each class sounds so. */
final class CorpusReadme {

    private CorpusReadme() {
    }

    static String text(SyntheticEmotify.Options o, int tracks, int dominantIsIntended) {
        return String.format(Locale.ROOT, """
                # Embedded synthetic Emotify corpus

                Written by `org.merlab.data.SyntheticEmotify` (generator version %d) with
                `%s`.
                This is **synthetic music** made so that every merlab notebook runs on a fresh machine with no
                download. It is not Emotify and results on it say nothing about real music. It is a cache: delete
                this folder and `EmbeddedCorpus.ensure` writes it again, byte for byte, from the same seed.

                ## Layout (the same as Emotify's)

                - %d tracks: 4 genres x 9 GEMS emotions x %d, each %s s long, in `<genre>/<n>.wav`
                  (mono, 22050 Hz, 16-bit PCM). Track id = genre offset + n (classical 0, rock 100, electronic 200,
                  pop 300); within a genre the emotions are interleaved in GEMS order.
                - `data.csv`: the official per-participant format, one row per simulated listening session:
                  `%s`. The nine emotion columns are 0/1.
                - `tracks.csv`: the ground truth the listeners never see: each track's intended emotion and the
                  musical parameters it was rendered with.

                ## Why each class sounds as it does

                Each emotion has ranges of the musical cues that Gabrielsson & Lindström (2001, "The influence of
                musical structure on emotional expression", in Juslin & Sloboda, *Music and Emotion*) found to
                carry emotional expression; each track draws its own values uniformly from them, and its key at
                random. Tempo sets the beat; loudness is the track's RMS level (loud tracks may end a little below it,
                because no peak may exceed 0.99); the melody centres on the register
                (chords one octave, bass two octaves below); articulation is the sounding fraction of each note's
                slot (staccato about 0.3, legato 1.0; below 0.6 the chords are struck on every beat); harmonic k
                of every tone has amplitude k^-rolloff (small = bright); dissonance is the chance a bar's chord
                gets a semitone cluster and a tritone; percussion is the drum level; leaps is the chance a melody
                step jumps a fourth or more; crescendo raises the level 18 dB across the track.

                %s
                ## Genres change the instrument, not the emotion

                | genre | instrument | drums |
                |---|---|---|
                | classical | string-like tones, slow attack, 5.5 Hz vibrato | x0.3, kick and snare only |
                | rock | odd-heavy tones, overdriven (tanh) mix | x1.0, kick, snare, off-beat hats |
                | electronic | two saw-like oscillators 7 cents apart | x1.2, kick on every beat |
                | pop | piano-like tones that decay (0.5 s) | x0.7 |

                Drums scale the emotion's percussion level, so calm, tender, solemn and sad tracks have none in
                any genre.

                ## Simulated listeners (annotator noise)

                Each track has %d-%d listeners and a clarity c drawn from U(0.35, 0.75). A listener ticks the
                intended emotion with probability c, each of its two confusable neighbours (last column above)
                with %.2f and each other emotion with %.2f; one who ticks nothing picks the intended emotion with
                probability c, else a neighbour. Shares of listeners per emotion then look like Emotify's (several
                emotions per listener, shares summing to more than 1).

                Measured in this corpus: the dominant emotion (largest share, ties to the first in GEMS order)
                is the intended one for %d of %d tracks (%.1f %%).
                """, SyntheticEmotify.VERSION, o, tracks, o.tracksPerGenreAndEmotion(),
                MusicalProfile.Range.format(o.seconds()),
                Emotify.OFFICIAL_HEADER, GemsMusic.markdownTable(), o.minParticipants(), o.maxParticipants(),
                SimulatedListeners.NEIGHBOUR, SimulatedListeners.OTHER, dominantIsIntended, tracks,
                100.0 * dominantIsIntended / tracks);
    }
}
