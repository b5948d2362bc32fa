package com.billaudit.extraction;

import com.billaudit.domain.Category;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The kind of service a charge is for, from the words of its description. */
final class Categories {

    /** Checked in order: the first rule whose words occur wins, so specific words come before general ones. */
    private static final List<Map.Entry<Category, Pattern>> RULES = List.of(
            rule(Category.MEDICINE, "tab|tabs|tablet|tablets|cap|caps|capsule|capsules|inj|injection|syrup|syp|susp|suspension"
                    + "|respules?|ointment|oint|cream|drops|inhaler|sachet"),
            rule(Category.PROCEDURE, "ot|o\\.t\\.|operation theatre|operation theater"),
            rule(Category.ROOM, "room|ward|bed|beds|accommodation|suite|icu|iccu|nicu|picu|hdu|cabin"),
            rule(Category.NURSING, "nursing|nurse"),
            rule(Category.CONSULTATION, "consultation|consult|consultant|visit|visits|opd|physician|doctor|dr|review|specialist"),
            rule(Category.IMAGING, "x-?ray|x ray|xray|ct|mri|usg|ultrasound|ultrasonography|sonography|doppler|echo|2d echo|echocardiography"
                    + "|ecg|ekg|electrocardiogram|mammogram|mammography|scan|hrct|ncct|cect|pet|radiograph|fluoroscopy|cxr"),
            rule(Category.PROCEDURE, "surgery|\\w+ectomy|\\w+otomy|\\w+plasty|repair|delivery|caesarean|cesarean|section"
                    + "|anaesthesia|anesthesia|dialysis|haemodialysis|hemodialysis|dressing|suturing|suture|nebulization|nebulisation"
                    + "|nebulizer|cannulation|catheterization|catheterisation|transfusion|\\w+scopy|angiography|angioplasty|cag|ptca"
                    + "|phaco|phacoemulsification|procedure|operation|physiotherapy|biopsy|intubation|ventilation|ventilator"),
            rule(Category.CONSUMABLE, "gloves?|syringes?|cannula|catheter|iv set|infusion set|bag|venflon|gauze|cotton|mask|masks"
                    + "|diapers?|needle|needles|drape|tube|kit|bandage|plaster|cover|covers|consumables?|disposables?|sheet|pad|pads"),
            rule(Category.MEDICINE, "\\d+ ?(mg|mcg|ml|iu|gm|g)|mg|mcg|iu|saline|dextrose|ringer|d5|ns|rl|insulin|infusion|vaccine"),
            rule(Category.INVESTIGATION, "test|tests|blood|urine|stool|serum|culture|count|profile|cbc|esr|lft|kft|rft|tsh|tft|t3|t4"
                    + "|hba1c|sugar|glucose|antigen|antibody|hiv|hbsag|hcv|widal|crp|d-dimer|dimer|troponin|trop|bilirubin|creatinine"
                    + "|urea|electrolytes|lipid|vitamin|vit|haemoglobin|hemoglobin|platelet|malaria|dengue|ns1|abg|arterial blood gas"
                    + "|prothrombin|pt|inr|aptt|fbs|ppbs|rbs|c/s|r/e|routine|thyroid|calcium|sodium|potassium|panel|screening"
                    + "|grouping|typing|lab|laboratory|pathology|analysis|sensitivity|examination|biochemistry|microbiology|assay"
                    + "|glycated|haemogram|hemogram|smear|function"));

    private Categories() {
    }

    static Category of(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        for (Map.Entry<Category, Pattern> rule : RULES) {
            if (rule.getValue().matcher(text).find()) {
                return rule.getKey();
            }
        }
        return Category.OTHER;
    }

    private static Map.Entry<Category, Pattern> rule(Category category, String words) {
        return Map.entry(category, Pattern.compile("(?<![a-z0-9])(?:" + words + ")(?![a-z0-9])"));
    }
}
