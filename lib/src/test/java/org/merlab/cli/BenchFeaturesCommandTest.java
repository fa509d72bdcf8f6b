package org.merlab.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.merlab.audio.WavWriter;
import org.merlab.features.PaperFeatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchFeaturesCommandTest {

    @TempDir
    Path dir;

    @Test
    void theRatioToLibrosaSaysWhereAndWhenLibrosaWasMeasured() throws Exception {
        float[] tone = new float[6 * 22050];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 22050));
        }
        WavWriter.writeMono16(dir.resolve("tone.wav"), tone, 22050);
        CliRun cli = new CliRun();
        assertEquals(0, cli.execute("bench-features", dir.toString()), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.startsWith("1 files, 2 segments of 3 s"), out);
        assertTrue(out.contains("x librosa's ~16x (" + BenchFeaturesCommand.LIBROSA_MEASURED + ")"), out);
        assertTrue(BenchFeaturesCommand.LIBROSA_MEASURED.contains("2-core VM"), "where");
    }

    @Test
    void decodeResampleAndEveryFeatureStageGetTheirThreadCpuTime() throws Exception {
        float[] tone = new float[4 * 44100];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 44100));
        }
        WavWriter.writeMono16(dir.resolve("tone.wav"), tone, 44100);
        CliRun cli = new CliRun();
        assertEquals(0, cli.execute("bench-features", dir.toString()), cli.err.toString());
        String out = cli.out.toString();
        assertTrue(out.matches("(?s).*over 4 s of whole files .*: decode \\d+\\.\\d\\d s \\(\\d+x real time\\),"
                + " resample to 22050 Hz \\d+\\.\\d\\d s \\(\\d+x real time\\).*"), out);
        assertTrue(out.contains("by stage, 1 thread, thread CPU (another pass over the 1 segments)"), out);
        for (PaperFeatures.Stage stage : PaperFeatures.Stage.values()) {
            assertTrue(out.matches("(?s).*\\n  " + java.util.regex.Pattern.quote(stage.description())
                    + " +\\d+\\.\\d\\d s +\\d+\\.\\d % +\\d+\\.\\d\\d ms per segment\\n.*"), out);
        }
    }
}
