package com.billaudit.audit;

import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.Scheme;
import com.billaudit.domain.TariffRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A tariff of a thousand rows: every line that names a row finds it. How fast is measured by
 * scripts/bench (the rate-audit agent's share of analysis time), not here.
 */
class TariffMatcherLargeTariffTest {
    private static final String[] WORDS = {"serum", "blood", "urine", "culture", "profile", "scan", "ultrasound",
            "xray", "chest", "knee", "spine", "brain", "abdomen", "pelvis", "thyroid", "liver", "kidney", "function",
            "tablet", "injection", "capsule", "syrup", "dressing", "suture", "repair", "biopsy", "excision", "drainage",
            "catheter", "cannula", "room", "ward", "private", "general", "consultation", "specialist", "visit",
            "antigen", "antibody", "vitamin", "protein", "glucose", "hormone", "enzyme", "marker", "panel"};

    @Test
    void findsEachNamedRowAmongAThousand() {
        Random random = new Random(7);
        List<TariffRow> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(new TariffRow("X" + i, phrase(random, 3) + " " + (i % 50), Money.of(100 + i), "per test",
                    Category.INVESTIGATION, List.of(phrase(random, 2) + " " + i), null, LocalDate.of(2024, 1, 1)));
        }
        List<LineItem> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String description = i % 2 == 0 ? rows.get(i * 7).name() : phrase(random, 3);
            items.add(new LineItem(i + 1, description, null, BigDecimal.ONE, Money.of(100), Money.of(100),
                    Category.OTHER, 1, 1.0, null));
        }
        Rulebook rulebook = new Rulebook(new Scheme("T", "T", "INR", new BigDecimal("0.10")), 1, rows, 0, List.of());
        TariffMatcher matcher = new TariffMatcher(rulebook, null, AuditSettings.defaults());

        List<LineItem> matched = matcher.matchAll(items);

        for (int i = 0; i < items.size(); i += 2) {
            assertEquals(rows.get(i * 7).code(), matched.get(i).match().code(), items.get(i).description());
        }
    }

    private static String phrase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }
}
