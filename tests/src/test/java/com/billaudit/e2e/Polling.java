package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

final class Polling {
    private Polling() {
    }

    /** Polls the analysis until it is completed or failed (at most 60 s). */
    static JsonNode untilFinished(Api api, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode analysis = api.get("/v1/analyses/" + id).json();
            String status = analysis.get("status").asText();
            if (status.equals("completed") || status.equals("failed")) {
                return analysis;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("analysis " + id + " did not finish within 60 s");
    }
}
