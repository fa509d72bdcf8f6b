package org.merlab.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class TimelineFormatsTest {

    private static final List<String> LABELS = List.of("calm", "power");

    private static Timeline timeline() {
        return new Timeline(Path.of("a, b.wav"), 5.5, LABELS,
                List.of(new Timeline.Step(0, 3, new double[] {0.75, 0.25}, true),
                        new Timeline.Step(2.5, 5.5, new double[] {0.25, 0.75}, true),
                        new Timeline.Step(2.5, 5.5, new double[] {0.5, 0.5}, true)),
                new double[] {0.5, 0.5}, new Timeline.Timings(0.1, 0.2, 0.3), List.of());
    }

    @Test
    void csvHasOneRowPerSegmentThenTheTracksMean() {
        assertEquals("""
                file,segment,start_s,end_s,complete,top,calm,power
                "a, b.wav",0,0.000,3.000,true,calm,0.75,0.25
                "a, b.wav",1,2.500,5.500,true,power,0.25,0.75
                "a, b.wav",2,2.500,5.500,true,calm,0.5,0.5
                "a, b.wav",mean,0.000,5.500,true,calm,0.5,0.5
                """, TimelineFormats.csv(LABELS, List.of(timeline())));
    }

    @Test
    void jsonHoldsTracksSegmentsSummaryAndFailures() throws Exception {
        String text = TimelineFormats.json(Path.of("m.zip"), SegmentRecipe.KIND, LABELS, List.of(timeline()),
                List.of(new TimelineFormats.Failed(Path.of("bad.mp3"), "not an MP3")));
        JsonNode json = Json.MAPPER.readTree(text);
        assertEquals("segment-classifier", json.get("kind").asText());
        JsonNode track = json.get("tracks").get(0);
        assertEquals(3, track.get("segments").size());
        assertEquals("power", track.get("segments").get(1).get("top").asText());
        assertEquals(0.75, track.get("segments").get(1).get("probabilities").get("power").asDouble());
        assertEquals("calm", track.get("summary").get("top").asText());
        assertEquals(0.3, track.get("timings").get("networkSeconds").asDouble());
        assertEquals("bad.mp3", json.get("failed").get(0).get("file").asText());
        assertEquals("not an MP3", json.get("failed").get(0).get("reason").asText());
    }
}
