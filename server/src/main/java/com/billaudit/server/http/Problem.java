package com.billaudit.server.http;

import com.billaudit.reference.CsvImport;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem body.
 *
 * @param errors bad CSV rows of a rejected import; left out of the JSON when null
 */
public record Problem(String type, String title, int status, String detail, String requestId,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<CsvImport.RowError> errors) {

    static final String MEDIA_TYPE = "application/problem+json";

    static String typeUri(String slug) {
        return "/problems/" + slug;
    }
}
