package com.billaudit.persistence.reference;

import com.billaudit.domain.Scheme;
import com.billaudit.reference.CsvImport;
import com.billaudit.reference.NonPayableCsv;
import com.billaudit.reference.TariffCsv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The reference data shipped on the classpath under {@code /reference/}: {@code schemes.json}
 * says which datasets make up each bundled scheme; each dataset folder holds its list in the
 * contract's import format ({@code tariff.csv} or {@code non_payable.csv}), a sidecar with the
 * source of every row and a {@code provenance.json}. The lists go through the same parsers as
 * an import, so bundled data can never hold what an import would refuse.
 */
public final class BundledReference {
    static final String ROOT = "/reference/";
    static final String TARIFF = "tariff.csv";
    static final String NON_PAYABLE = "non_payable.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundledReference() {
    }

    /** Every bundled scheme, in the order {@code schemes.json} lists them. */
    public static List<BundledScheme> schemes() {
        JsonNode manifest = json("schemes.json");
        List<BundledScheme> schemes = new ArrayList<>();
        for (JsonNode entry : manifest) {
            Scheme scheme = new Scheme(entry.path("code").asText(), entry.path("name").asText(),
                    entry.path("currency").asText(), new BigDecimal(entry.path("overchargeTolerance").asText()));
            List<String> tariffSets = texts(entry.path("tariff"));
            List<String> nonPayableSets = texts(entry.path("nonPayable"));
            LinkedHashSet<String> datasets = new LinkedHashSet<>(tariffSets);
            datasets.addAll(nonPayableSets);
            schemes.add(new BundledScheme(scheme, rows(tariffSets, TARIFF, TariffCsv::parse),
                    rows(nonPayableSets, NON_PAYABLE, NonPayableCsv::parse), List.copyOf(datasets),
                    LocalDate.parse(entry.path("effectiveFrom").asText())));
        }
        return schemes;
    }

    /** The text of a bundled file, e.g. {@code cghs/tariff.csv}. */
    public static String text(String path) {
        try (InputStream in = BundledReference.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("bundled reference file missing: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dataset's provenance: name, publisher, effective date, what it is based on. */
    public static JsonNode provenance(String dataset) {
        return json(dataset + "/provenance.json");
    }

    private static <T> List<T> rows(List<String> datasets, String file, Function<String, CsvImport<T>> parser) {
        List<T> rows = new ArrayList<>();
        for (String dataset : datasets) {
            CsvImport<T> parsed = parser.apply(text(dataset + "/" + file));
            if (!parsed.ok()) {
                throw new IllegalStateException("bundled " + dataset + "/" + file + " is invalid: " + parsed.errors());
            }
            rows.addAll(parsed.rows());
        }
        return rows;
    }

    private static JsonNode json(String path) {
        try {
            return JSON.readTree(text(path));
        } catch (IOException e) {
            throw new IllegalStateException("bundled " + path + " is not JSON", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

}
