package org.merlab.data;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmotifyGenreTest {

    @Test
    void trackIdsMapToGenreFoldersByOffset() {
        assertEquals(Optional.of(EmotifyGenre.ROCK), EmotifyGenre.ofTrackId(147));
        assertEquals("rock/47", EmotifyGenre.ROCK.audioStem(147));
        assertEquals(Optional.of(EmotifyGenre.CLASSICAL), EmotifyGenre.ofTrackId(100));
        assertEquals(Optional.of(EmotifyGenre.ELECTRONIC), EmotifyGenre.ofTrackId(201));
        assertEquals("pop/100", EmotifyGenre.POP.audioStem(EmotifyGenre.POP.trackId(100)));
        assertEquals(Optional.empty(), EmotifyGenre.ofTrackId(0));
        assertEquals(Optional.empty(), EmotifyGenre.ofTrackId(401));
    }

    @Test
    void parsesFolderNames() {
        assertEquals(Optional.of(EmotifyGenre.ELECTRONIC), EmotifyGenre.parse("electronic"));
        assertEquals(Optional.empty(), EmotifyGenre.parse("Electronic"));
    }
}
