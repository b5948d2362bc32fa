package com.billaudit.audit;

import com.billaudit.domain.*;
import com.billaudit.reference.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import java.math.BigDecimal;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

@EnabledIfSystemProperty(named = "variants", matches = ".+")
class ScratchVariantsTest {
    @Test
    void run() throws Exception {
        Path set = Path.of("/work/shared/acceptance/dev");
        var tariff = TariffCsv.parse(Files.readString(set.resolve("tariff.csv"))).rows();
        var np = NonPayableCsv.parse(Files.readString(set.resolve("non_payable.csv"))).rows();
        Rulebook rb = new Rulebook(new Scheme("A", "A", "INR", new BigDecimal("0.10")), 1, tariff, 1, np);
        TariffMatcher m = new TariffMatcher(rb, null, AuditSettings.defaults());
        int ok = 0, n = 0, fp = 0, fn = 0, wrong = 0;
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(System.getProperty("variants")))) {
            String[] p = line.split("\t");
            String want = p[1];
            boolean optional = want.endsWith("X");
            String code = optional ? want.substring(0, want.length() - 1) : want;
            var cands = m.shortlist(p[0], LocalDate.of(2025, 6, 1), 3);
            var best = m.best(p[0], LocalDate.of(2025, 6, 1), null);
            String got = best.map(c -> c.row().code()).orElse("-");
            n++;
            boolean good = got.equals(code) || (optional && got.equals("-"));
            if (good) ok++;
            else if (got.equals("-")) fn++;
            else if (code.equals("-")) fp++;
            else wrong++;
            if (!good || System.getProperty("all") != null) {
                sb.append(String.format("%-5s %-45s want %-6s got %-5s %s tokens=%s%n", good ? "ok" : "BAD", p[0], want, got,
                        cands.stream().map(c -> c.row().code() + ":" + c.row().name() + ":" + String.format("%.3f", c.similarity())).toList(),
                        DescriptionNormaliser.tokens(p[0])));
            }
        }
        if (System.getProperty("np") != null) {
            NonPayableRule rule = new NonPayableRule();
            int k = 0;
            for (String line : Files.readAllLines(Path.of(System.getProperty("np")))) {
                String[] p = line.split("\t");
                var f = rule.apply(new AuditInput(List.of(new LineItem(1, p[0], null, BigDecimal.ONE, Money.of(10), Money.of(10), Category.OTHER, 1, 1.0, null)), null, rb, AuditSettings.defaults()));
                String got = f.isEmpty() ? "-" : (String) f.get(0).evidence().get("listedName");
                var idx = new NameIndex<NonPayableItem>(np, it -> { var l = new ArrayList<String>(); l.add(it.name()); l.addAll(it.aliases()); return l; });
                var hits = idx.search(p[0], 2);
                boolean good = got.equals(p[1]);
                if (good) k++;
                System.out.printf("NP %-4s %-30s want %-22s got %-22s %s%n", good ? "ok" : "BAD", p[0], p[1], got, hits.stream().map(h -> h.owner().name() + ":" + String.format("%.3f", h.similarity())).toList());
            }
            System.out.println("non-payable ok " + k);
        }
        System.out.println(sb);
        System.out.printf("variants: %d/%d ok, missed %d, false match %d, wrong code %d%n", ok, n, fn, fp, wrong);
    }
}
