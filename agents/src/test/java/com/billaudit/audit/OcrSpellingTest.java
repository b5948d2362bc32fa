package com.billaudit.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcrSpellingTest {

    @Test
    void mendsAWordOneOcrSlipFromTheMatchedRowsSpelling() {
        assertEquals("HbA1c", OcrSpelling.mend("HbAIc", List.of("HbA1c", "Glycated Haemoglobin")));
        assertEquals("Hba1c", OcrSpelling.mend("Hbalc", List.of("HbA1c")));
        assertEquals("IP Doctor Visit", OcrSpelling.mend("IP Ooctor Visit", List.of("IP Doctor Visit")));
        assertEquals("Urine Routine Examination", OcrSpelling.mend("Unne Routine Examination", List.of("Urine Routine")));
        assertEquals("VIT D", OcrSpelling.mend("VITD", List.of("Vitamin D", "Vit D")));
    }

    @Test
    void leavesWordsTheRowDoesNotSpellOrThatNoSingleSlipExplains() {
        assertEquals("Tab Dolo 650", OcrSpelling.mend("Tab Dolo 650", List.of("Paracetamol 650 mg Tablet", "Dolo 650")));
        assertEquals("Troponin", OcrSpelling.mend("Troponin", List.of("Troponin I")));
        assertEquals("Blood Sugar (F)", OcrSpelling.mend("Blood Sugar (F)", List.of("Blood Sugar Fasting")));
        assertEquals("Dressing - Large", OcrSpelling.mend("Dressing - Large", List.of("Dressing Small")));
    }
}
