package com.billaudit.persistence.reference;

import com.billaudit.domain.Rulebook;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Optional;

/** A rulebook as the JSON kept in the shared cache, read back into an equal record (rates keep their scale). */
final class RulebookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RulebookJson() {
    }

    static String write(Rulebook rulebook) {
        try {
            return MAPPER.writeValueAsString(rulebook);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("rulebook cannot be written as JSON", e);
        }
    }

    /** The rulebook, or empty when the cached text is not one (written by an older version, say). */
    static Optional<Rulebook> read(String json) {
        try {
            return Optional.of(MAPPER.readValue(json, Rulebook.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
