package com.billaudit.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The service's own OpenAPI document (the {@code /openapi.json} the server serves, read from its
 * jar) used as the judge of every answer the end-to-end tests receive: the status must be
 * documented for the operation, and a JSON body must validate against the documented schema.
 * <p>
 * Validation is closed: every object schema that lists its properties and says nothing about
 * others is read as {@code additionalProperties: false}, so a property the server sends but the
 * document lacks fails the test. The published document itself stays open, because contract
 * versions only add fields and a strict client generated from it would break on the next one.
 */
final class OpenApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract INSTANCE = new OpenApiContract(read("web/openapi.json"));

    private final JsonNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    static OpenApiContract get() {
        return INSTANCE;
    }

    /** Throws {@link AssertionError} when the answer to {@code method target} is not what the document says. */
    void check(String method, String target, int status, String contentType, byte[] body) {
        String path = target.replaceFirst("[?#].*", "");
        String where = method + " " + path + " -> " + status;
        JsonNode operation = operation(method, path);
        if (operation == null) {
            if (status == 404 || status == 405) {
                return; // an undocumented path may only be refused (its problem body is checked below by default)
            }
            throw new AssertionError(where + ": the operation is not in openapi.json");
        }
        JsonNode response = resolve(operation.path("responses").has(Integer.toString(status))
                ? operation.path("responses").get(Integer.toString(status)) : operation.path("responses").get("default"));
        if (response == null) {
            throw new AssertionError(where + ": status not documented in openapi.json");
        }
        String media = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (media == null || !media.endsWith("json") || body.length == 0) {
            return;
        }
        JsonNode schema = response.path("content").path(media).get("schema");
        if (schema == null) {
            throw new AssertionError(where + ": " + media + " is not a documented content type " + response.path("content"));
        }
        List<Error> errors = schema(schema).validate(new String(body, StandardCharsets.UTF_8), InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ": the body does not match openapi.json: " + errors + "\n"
                    + new String(body, StandardCharsets.UTF_8));
        }
    }

    /** The documented schema compiled with the document's components beside it, so its $refs resolve. */
    private Schema schema(JsonNode schema) {
        return schemas.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = schema.deepCopy();
            root.set("components", document.get("components").deepCopy());
            closeObjects(root);
            return registry.getSchema(root.toString(), InputFormat.JSON);
        });
    }

    /** Marks every object schema that lists its properties, and is silent on others, as allowing no others. */
    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("properties").isObject() && describesObjects(object)
                && !object.has("additionalProperties") && !object.has("unevaluatedProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(OpenApiContract::closeObjects);
    }

    private static boolean describesObjects(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if ("object".equals(one.asText())) {
                    return true;
                }
            }
        }
        return "object".equals(type.asText());
    }

    private JsonNode operation(String method, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            if (template(entry.getKey()).matcher(path).matches()) {
                return entry.getValue().get(method.toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private static Pattern template(String path) {
        return Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        return document.at(node.get("$ref").asText().substring(1));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
