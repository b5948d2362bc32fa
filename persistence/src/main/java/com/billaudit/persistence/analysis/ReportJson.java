package com.billaudit.persistence.analysis;

import com.billaudit.domain.AnalysisReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored form of an {@link AnalysisReport}: the record as JSON, read back into an equal record.
 * Money stays a JSON number with its scale (jsonb keeps "12.50"); numbers inside a finding's
 * evidence come back as BigDecimal or Integer, so amounts there are not turned into doubles.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ReportJson() {
    }

    public static String write(AnalysisReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report cannot be written as JSON", e);
        }
    }

    public static AnalysisReport read(String json) {
        try {
            return MAPPER.readValue(json, AnalysisReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report cannot be read", e);
        }
    }
}
