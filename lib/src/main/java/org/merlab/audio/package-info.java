/**
 * Audio loading as {@code librosa.load} does it (librosa 0.10.2 with libsndfile 1.2 and soxr): the first stage of
 * the merlab pipeline.
 *
 * <ul>
 *   <li>{@link org.merlab.audio.Audio}: load a file as mono float32, optionally cut ({@code offset}, {@code duration}
 *       at the native rate) and resampled (22050 Hz by default); formats are recognised from their bytes: WAV
 *       (own RIFF parser), MP3 (JLayer, with mpg123's gapless trimming), Ogg Vorbis (JOrbis) and FLAC (jFLAC).</li>
 *   <li>{@link org.merlab.audio.Resampler}: soxr-HQ-like band-limited resampling between any two integer rates.</li>
 *   <li>{@link org.merlab.audio.AudioSignal}: samples plus rate; {@link org.merlab.audio.AudioException}: the one
 *       exception for a file that cannot be loaded, its message starting with the file.</li>
 * </ul>
 */
package org.merlab.audio;
