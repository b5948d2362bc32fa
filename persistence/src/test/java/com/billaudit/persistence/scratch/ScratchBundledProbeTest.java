package com.billaudit.persistence.scratch;

import com.billaudit.audit.AuditInput;
import com.billaudit.audit.AuditSettings;
import com.billaudit.audit.NonPayableRule;
import com.billaudit.audit.TariffMatcher;
import com.billaudit.domain.Category;
import com.billaudit.domain.LineItem;
import com.billaudit.domain.Money;
import com.billaudit.domain.Rulebook;
import com.billaudit.domain.StatedTotals;
import com.billaudit.persistence.reference.BundledReference;
import com.billaudit.persistence.reference.BundledScheme;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class ScratchBundledProbeTest {
    @Test
    void probe() throws Exception {
        BundledScheme cghs = BundledReference.schemes().getFirst();
        Rulebook rb = new Rulebook(cghs.scheme(), 1, cghs.tariff(), 1, cghs.nonPayable());
        TariffMatcher m = new TariffMatcher(rb, null, AuditSettings.defaults());
        Map<String, String> lines = new LinkedHashMap<>();
        for (File f : new File("/work/shared/acceptance/dev/expected").listFiles()) {
            for (JsonNode l : new ObjectMapper().readTree(f).path("lineItems")) {
                lines.putIfAbsent(l.path("description").asText(), l.path("code").asText());
            }
        }
        List<LineItem> items = new ArrayList<>();
        int i = 1;
        for (String d : lines.keySet()) {
            items.add(new LineItem(i++, d, null, BigDecimal.ONE, Money.of("100.00"), Money.of("100.00"), Category.OTHER, 1, 1.0, null));
        }
        List<LineItem> matched = m.matchAll(items, LocalDate.of(2025, 5, 1));
        int unmatched = 0;
        for (LineItem it : matched) {
            if (it.match() == null) { unmatched++; System.out.println("UNMATCHED " + it.description()); }
            else System.out.println("MATCH " + lines.get(it.description()) + " | " + it.description() + " -> " + it.match().name() + " " + it.match().similarity() + " " + it.match().rate());
        }
        System.out.println("unmatched " + unmatched + "/" + matched.size());
        new NonPayableRule().apply(new AuditInput(items, StatedTotals.NONE, rb, AuditSettings.defaults()))
                .forEach(f -> System.out.println("NONPAY " + items.get(f.lineItems().getFirst() - 1).description() + " :: " + f.evidence().get("listedName")));
    }
}
