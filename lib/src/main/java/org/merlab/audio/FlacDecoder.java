package org.merlab.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;

/**
 * Decodes native FLAC ({@code fLaC} streams) with jFLAC, scaling samples as libsndfile's float reader does for
 * {@code soundfile.read(dtype='float32')}: a {@code b}-bit integer divided by {@code 2^(b-1)}, the rule
 * {@link WavDecoder} applies to PCM WAV, so a FLAC file and the WAV it was encoded from decode to the same floats.
 * jFLAC ends quietly at the first incomplete frame and only tells its frame listeners of a frame whose CRC fails
 * (then outputs silence for it), so both are checked here: a stream shorter than its STREAMINFO's total, or with a
 * frame error, is an {@link AudioException}.
 */
final class FlacDecoder {

    /**
     * The version of the samples this decoder produces. Raise it whenever they change (a fix, a dependency upgrade
     * that changes them): it is part of {@link Audio#SIGNATURE}, hence of every feature cache key.
     */
    static final int VERSION = 1;

    private FlacDecoder() {
    }

    static void decode(Path file, byte[] bytes, MonoBuffer out) {
        FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(bytes));
        List<String> errors = new ArrayList<>();
        decoder.addFrameListener(new FrameListener() {
            @Override
            public void processMetadata(Metadata metadata) {
            }

            @Override
            public void processFrame(Frame frame) {
            }

            @Override
            public void processError(String message) {
                errors.add(message);
            }
        });
        StreamInfo info;
        try {
            decoder.readMetadata();
            info = decoder.getStreamInfo();
        } catch (IOException | RuntimeException e) {
            throw new AudioException(file, "truncated or corrupt FLAC header", e);
        }
        if (info == null || info.getSampleRate() <= 0 || info.getChannels() < 1) {
            throw new AudioException(file, "FLAC stream has no valid STREAMINFO block");
        }
        int channels = info.getChannels();
        float scale = 1f / (1L << (info.getBitsPerSample() - 1));
        out.begin(info.getSampleRate());
        float[][] block = new float[channels][];
        int[] offsets = new int[channels];
        long decoded = 0;
        try {
            for (Frame frame; !out.full() && (frame = decoder.readNextFrame()) != null; ) {
                int n = frame.header.blockSize;
                var data = decoder.getChannelData();
                for (int c = 0; c < channels; c++) {
                    int[] pcm = data[c].getOutput();
                    if (block[c] == null || block[c].length < n) {
                        block[c] = new float[n];
                    }
                    for (int i = 0; i < n; i++) {
                        block[c][i] = pcm[i] * scale;
                    }
                }
                out.add(block, offsets, channels, n);
                decoded += n;
            }
        } catch (IOException | RuntimeException e) {
            throw new AudioException(file, "corrupt FLAC frame after " + decoded + " samples", e);
        }
        long total = info.getTotalSamples();
        if (!out.full() && total > 0 && decoded < total) {
            throw new AudioException(file, "truncated FLAC stream: " + decoded + " of " + total
                    + " samples present");
        }
        if (!errors.isEmpty() || decoder.getBadFrames() > 0) {
            throw new AudioException(file, "corrupt FLAC data: " + (errors.isEmpty()
                    ? decoder.getBadFrames() + " bad frames" : String.join("; ", errors)));
        }
    }
}
