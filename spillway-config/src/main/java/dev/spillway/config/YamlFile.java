package dev.spillway.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML configuration file into dotted keys and text values. Nested maps and dotted keys
 * are both accepted and may be mixed ({@code imap: {port: 1143}} and {@code imap.port: 1143}
 * are the same key); a key given twice is an error. A list becomes comma-separated text; an
 * empty value ({@code key:} or {@code ~}) becomes the empty string.
 */
final class YamlFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private YamlFile() {
    }

    /** The dotted keys and values of {@code file}, in file order. */
    static Map<String, String> read(Path file, List<String> problems) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("configuration file " + file + " does not exist");
        } catch (JsonProcessingException e) {
            throw new ConfigException("configuration file " + file + " is not valid YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException("configuration file " + file + " cannot be read: " + e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (root == null || root.isMissingNode() || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            throw new ConfigException("configuration file " + file
                    + " must hold a map of settings, e.g. 'imap.port: 1143'");
        }
        flatten("", root, values, problems, file);
        return values;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> values,
            List<String> problems, Path file) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key, value, values, problems, file);
                continue;
            }
            String text = text(value);
            if (text == null) {
                problems.add(key + " in " + file + ": a list may hold only plain values");
            } else if (values.put(key, text) != null) {
                problems.add(key + " in " + file + ": given more than once");
            }
        }
    }

    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        if (!value.isArray()) {
            return value.asText();
        }
        StringBuilder joined = new StringBuilder();
        for (JsonNode item : value) {
            if (item.isContainerNode()) {
                return null;
            }
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(item.asText());
        }
        return joined.toString();
    }
}
