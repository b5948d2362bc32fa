package com.billaudit.extraction;

import com.billaudit.domain.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CategoriesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Semi Private Room; ROOM",
            "ICU Charges; ROOM",
            "Nursing Charges; NURSING",
            "IP Doctor Visit; CONSULTATION",
            "Consultation - Specialist; CONSULTATION",
            "Complete Blood Count; INVESTIGATION",
            "Blood C/S; INVESTIGATION",
            "X Ray Chest PA; IMAGING",
            "MRI Brain Plain; IMAGING",
            "USG Whole Abdomen; IMAGING",
            "Lap Appendectomy; PROCEDURE",
            "Blood Transfusion Charges; PROCEDURE",
            "OT Charges; PROCEDURE",
            "Inj Metrogyl 100ml; MEDICINE",
            "Tab Dolo 650; MEDICINE",
            "Ringer Lactate 500 ml; MEDICINE",
            "IV Cannula 20G; CONSUMABLE",
            "Disposable Syringe 5 ml; CONSUMABLE",
            "Urine Collection Bag; CONSUMABLE",
            "Surgical Gloves; CONSUMABLE",
            "Patient Diet Charges; OTHER",
            "Ambulance Charges; OTHER"})
    void namesTheKindOfServiceFromTheDescription(String description, Category expected) {
        assertEquals(expected, Categories.of(description));
    }
}
