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

    @Test
    void invisibleCharactersGoAndLongNamesAreCut() {
        assertEquals("billtxt.pdf", UploadReader.displayName("bill\u202E\u200Btxt.pdf"));
        assertNull(UploadReader.displayName("\u0000\u0000\u0000"));
        assertEquals(UploadReader.MAX_FILE_NAME_CHARS, UploadReader.displayName("a".repeat(10_240)).length());
        // a long name of characters outside the BMP is not cut between the halves of a surrogate pair
        String cut = UploadReader.displayName("\uD83D\uDCC4".repeat(300));
        assertEquals(UploadReader.MAX_FILE_NAME_CHARS, cut.codePointCount(0, cut.length()));
    }
}
