package org.merlab.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.merlab.prep.Protocol;

class StudyOptionsTest {

    @Test
    void thePaperStudyCrossValidatesOnlyTheHonestProtocol() {
        StudyOptions paper = StudyOptions.paper(42, 60);
        assertEquals(List.of(Protocol.PUBLISHED, Protocol.HONEST), paper.protocols());
        assertEquals(List.of(Protocol.HONEST), paper.cvProtocols());
        assertEquals("[HONEST]", paper.describe().get("cvProtocols"));
    }

    @Test
    void aCrossValidatedProtocolMustBeOneThatRuns() {
        StudyOptions published = StudyOptions.paper(42, 60).withProtocols(List.of(Protocol.PUBLISHED));
        assertEquals(List.of(), published.cvProtocols());
        var e = assertThrows(StudyException.class, () -> published.withCvProtocols(List.of(Protocol.HONEST)));
        assertTrue(e.getMessage().contains("[HONEST]"), e.getMessage());
    }
}
