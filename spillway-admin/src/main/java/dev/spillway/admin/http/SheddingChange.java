package dev.spillway.admin.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillway.config.Durations;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request to {@code POST /api/shedding}: a JSON object naming what to change. Fields left
 * out keep the value in force. Unknown fields, wrong types and out-of-range values are refused
 * whole, so a typo never half-applies.
 *
 * <pre>{@code
 * {"mode": "always", "backgroundCap": 100, "expiresIn": "2h"}
 * {"reset": true}
 * }</pre>
 *
 * <p>Fields: {@code mode} ({@code off}, {@code observe}, {@code auto}, {@code always}),
 * {@code backgroundCap}, {@code indexingCap}, {@code backFillCap}, {@code burst} (whole
 * numbers), {@code rate} (per second), {@code indexingYieldFraction} (0.0 to 1.0),
 * {@code expiresIn} (a duration such as {@code 30m} or {@code 2h}; left out, the override lasts
 * until it is cleared), {@code reset} ({@code true}, alone: clear the override).
 *
 * @param fields the fields given, by name, already type-checked
 * @param expiresIn how long the override lasts, or {@code null} until cleared
 * @param reset true for {@code {"reset": true}}
 */
record SheddingChange(Map<String, JsonNode> fields, Duration expiresIn, boolean reset) {

    static final List<String> FIELDS = List.of("mode", "backgroundCap", "indexingCap",
            "backFillCap", "rate", "burst", "indexingYieldFraction", "expiresIn", "reset");

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Parses and checks a request body. */
    static SheddingChange parse(String body) throws HttpFailure {
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpFailure(400, "body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new HttpFailure(400, "body must be a JSON object such as {\"mode\":\"always\"}");
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new HttpFailure(400, "unknown field \"" + clip(field.getKey())
                        + "\"; known fields: " + String.join(", ", FIELDS));
            }
            fields.put(field.getKey(), field.getValue());
        }
        if (fields.isEmpty()) {
            throw new HttpFailure(400, "nothing to change; known fields: "
                    + String.join(", ", FIELDS));
        }
        if (fields.containsKey("reset")) {
            if (!fields.get("reset").isBoolean() || !fields.get("reset").booleanValue()) {
                throw new HttpFailure(400, "reset must be true");
            }
            if (fields.size() > 1) {
                throw new HttpFailure(400, "reset must come alone");
            }
            return new SheddingChange(Map.of(), null, true);
        }
        Duration expiresIn = null;
        if (fields.containsKey("expiresIn")) {
            expiresIn = duration(fields.get("expiresIn"));
        }
        SheddingChange change = new SheddingChange(Map.copyOf(fields), expiresIn, false);
        change.applyTo(PolicySettings.defaults());
        return change;
    }

    /**
     * {@code base} with the given fields replaced.
     *
     * @throws HttpFailure (400) when a value is of the wrong type or out of range
     */
    PolicySettings applyTo(PolicySettings base) throws HttpFailure {
        ShedMode mode = fields.containsKey("mode") ? mode(fields.get("mode")) : base.mode();
        try {
            return new PolicySettings(mode,
                    whole("backgroundCap", base.backgroundCap()),
                    whole("indexingCap", base.indexingCap()),
                    whole("backFillCap", base.backFillCap()),
                    decimal("rate", base.rate()),
                    whole("burst", base.burst()),
                    decimal("indexingYieldFraction", base.indexingYieldFraction()));
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(400, e.getMessage());
        }
    }

    private int whole(String name, int fallback) throws HttpFailure {
        JsonNode node = fields.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new HttpFailure(400, name + " must be a whole number, not " + clip(node));
        }
        return node.intValue();
    }

    private double decimal(String name, double fallback) throws HttpFailure {
        JsonNode node = fields.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw new HttpFailure(400, name + " must be a number, not " + clip(node));
        }
        return node.doubleValue();
    }

    private static ShedMode mode(JsonNode node) throws HttpFailure {
        String text = node.isTextual() ? node.textValue() : "";
        for (ShedMode mode : ShedMode.values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(text)) {
                return mode;
            }
        }
        throw new HttpFailure(400, "mode must be one of off, observe, auto, always, not "
                + clip(node));
    }

    private static Duration duration(JsonNode node) throws HttpFailure {
        if (!node.isTextual()) {
            throw new HttpFailure(400, "expiresIn must be a string such as \"30m\" or \"2h\"");
        }
        Duration duration;
        try {
            duration = Durations.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(400, "expiresIn: " + clip(e.getMessage()));
        }
        if (duration.isZero()) {
            throw new HttpFailure(400, "expiresIn must be longer than 0; leave it out to keep"
                    + " the override until it is cleared");
        }
        return duration;
    }

    /** Client text echoed in an error, cut so a huge body does not come back whole. */
    private static String clip(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
