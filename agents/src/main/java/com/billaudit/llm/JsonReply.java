package com.billaudit.llm;

/** Cuts the JSON object out of a reply from a model that was not held to a response format. */
public final class JsonReply {
    private JsonReply() {
    }

    /**
     * The text from the first {@code {} to the last {@code }}: drops a code fence, a preamble and
     * a closing remark. The result is parsed and validated afterwards, so a cut that is not JSON
     * only fails there.
     */
    public static String objectIn(String reply) {
        if (reply == null) {
            return null;
        }
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        return start >= 0 && end > start ? reply.substring(start, end + 1) : reply;
    }
}
