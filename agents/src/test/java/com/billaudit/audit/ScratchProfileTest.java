package com.billaudit.audit;

import com.billaudit.domain.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;

@EnabledIfSystemProperty(named = "profile", matches = ".+")
class ScratchProfileTest {
    private static final String[] WORDS = {"serum", "blood", "urine", "culture", "profile", "scan", "ultrasound",
            "xray", "chest", "knee", "spine", "brain", "abdomen", "pelvis", "thyroid", "liver", "kidney", "function",
            "tablet", "injection", "capsule", "syrup", "dressing", "suture", "repair", "biopsy", "excision", "drainage",
            "catheter", "cannula", "room", "ward", "private", "general", "consultation", "specialist", "visit",
            "antigen", "antibody", "vitamin", "protein", "glucose", "hormone", "enzyme", "marker", "panel"};
    @Test
    void run() {
        Random random = new Random(7);
        List<TariffRow> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new TariffRow("X" + i, phrase(random, 3) + " " + (i % 50), Money.of(100 + i), "per test",
                    Category.INVESTIGATION, List.of(phrase(random, 2) + " " + i), null, LocalDate.of(2024, 1, 1)));
        }
        String[] d = new String[100];
        for (int i = 0; i < 100; i++) d[i] = i % 2 == 0 ? rows.get(i * 7).name() : phrase(random, 3);
        NameIndex<TariffRow> index = null;
        for (int k = 0; k < 10; k++) {
        long t0 = System.nanoTime();
        index = new NameIndex<>(rows, r -> List.of(r.name(), r.aliases().get(0)));
        System.out.println("build: " + (System.nanoTime() - t0) / 1000 + " us");
        }
        long bt=Long.MAX_VALUE, bs=Long.MAX_VALUE;
        for (int r = 0; r < 60; r++) {
            long t = System.nanoTime();
            for (String s : d) DescriptionNormaliser.tokens(s);
            long t2 = System.nanoTime();
            for (String s : d) index.search(s, 24);
            long t3 = System.nanoTime();
            bt=Math.min(bt,t2-t); bs=Math.min(bs,t3-t2);
        }
        System.out.println("best tokens x100: " + bt / 1000 + " us; search x100: " + bs / 1000 + " us");
    }
    @org.junit.jupiter.api.AfterEach void x(){}
    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return sb.toString();
    }
}
