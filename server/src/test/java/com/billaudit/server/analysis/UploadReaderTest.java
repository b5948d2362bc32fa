package com.billaudit.server.analysis;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UploadReaderTest {

    @Test
    void clientPathsAreStrippedToTheLastSegment() {
        assertEquals("passwd", UploadReader.displayName("../../etc/passwd"));
        assertEquals("bill.pdf", UploadReader.displayName("C:\\Users\\me\\bill.pdf"));
    }

    @Test
    void controlCharactersGoAndEmptyNamesBecomeNull() {
        assertEquals("scan.png", UploadReader.displayName("scan\r\n.png"));
        assertNull(UploadReader.displayName("folder/"));
    }
}
