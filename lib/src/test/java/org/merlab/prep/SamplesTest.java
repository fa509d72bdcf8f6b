package org.merlab.prep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplesTest {

    private static final List<String> AB = List.of("a", "b");

    private static Samples three() {
        return new Samples(new double[][] {{1, 2}, {3, 4}, {5, 6}}, new int[] {0, 1, 1},
                new String[] {"t1", "t2", "t2"}, AB);
    }

    @Test
    void rejectsBadInputNamingTheValue() {
        PrepException label = assertThrows(PrepException.class,
                () -> new Samples(new double[][] {{1}}, new int[] {2}, new String[] {"t"}, AB));
        assertTrue(label.getMessage().contains("label 2"), label.getMessage());
        PrepException ragged = assertThrows(PrepException.class,
                () -> new Samples(new double[][] {{1, 2}, {3}}, new int[] {0, 0}, new String[] {"t", "t"}, AB));
        assertTrue(ragged.getMessage().contains("row 1 has 1 features"), ragged.getMessage());
        PrepException nan = assertThrows(PrepException.class,
                () -> new Samples(new double[][] {{1, Double.NaN}}, new int[] {0}, new String[] {"t"}, AB));
        assertTrue(nan.getMessage().contains("feature 1 of row 0 is NaN"), nan.getMessage());
        assertThrows(PrepException.class,
                () -> new Samples(new double[][] {{1}}, new int[] {0, 1}, new String[] {"t"}, AB));
        assertThrows(PrepException.class,
                () -> new Samples(new double[][] {{1}}, new int[] {0}, new String[] {" "}, AB));
    }

    @Test
    void isImmutable() {
        double[][] x = {{1, 2}};
        Samples s = new Samples(x, new int[] {0}, new String[] {"t"}, AB);
        x[0][0] = 99;
        s.x()[0][1] = 99;
        s.y()[0] = 1;
        assertArrayEquals(new double[] {1, 2}, s.row(0));
        assertEquals(0, s.label(0));
    }

    @Test
    void subsetAndConcat() {
        Samples s = three();
        Samples picked = s.subset(new int[] {2, 0});
        assertArrayEquals(new double[] {5, 6}, picked.row(0));
        assertEquals("t1", picked.group(1));
        Samples joined = picked.concat(s.subset(new int[] {1}));
        assertEquals(3, joined.size());
        assertArrayEquals(new int[] {1, 0, 1}, joined.y());
        assertEquals(List.of("t2", "t1"), joined.groups());
        assertArrayEquals(new int[] {1, 2}, s.classCounts());
        assertThrows(PrepException.class, () -> s.subset(new int[] {3}));
        Samples withSmote = s.concat(new Samples(new double[][] {{0, 0}}, new int[] {0},
                new String[] {Tracks.syntheticTag("t1", "t1")}, AB));
        assertEquals(s, withSmote.realRows());
        Samples other = new Samples(new double[][] {{1, 2}}, new int[] {0}, new String[] {"t"}, List.of("x", "y"));
        assertThrows(PrepException.class, () -> s.concat(other));
    }
}
