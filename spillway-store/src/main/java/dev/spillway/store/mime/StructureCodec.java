package dev.spillway.store.mime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Stores a {@link MessageStructure} as JSON, so it is computed once at append and is readable
 * in the database with ordinary tools. Helper methods such as {@code isMultipart()} are not
 * written: only record components are.
 */
public final class StructureCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StructureCodec() {
    }

    public static String encode(MessageStructure structure) {
        try {
            return MAPPER.writeValueAsString(structure);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a message structure", e);
        }
    }

    /** @throws IOException if the text is not a structure this codec wrote */
    public static MessageStructure decode(String json) throws IOException {
        return MAPPER.readValue(json, MessageStructure.class);
    }
}
