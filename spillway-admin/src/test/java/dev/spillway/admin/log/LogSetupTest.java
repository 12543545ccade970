package dev.spillway.admin.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillway.config.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Logger spillway = LoggerFactory.getLogger("dev.spillway.server.Example");
    private final Logger library = LoggerFactory.getLogger("io.netty.Example");

    @AfterEach
    void restore() {
        LogSetup.configure(LogFormat.TEXT, false);
    }

    @Test
    void jsonFormatWritesOneObjectPerLine() throws IOException {
        LogSetup.configure(LogFormat.JSON, false, out);

        spillway.info("shed {} background IDs", 42);
        spillway.warn("second line");

        String[] lines = written().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("level").asText()).isEqualTo("INFO");
        assertThat(first.get("loggerName").asText()).isEqualTo("dev.spillway.server.Example");
        assertThat(first.get("formattedMessage").asText()).isEqualTo("shed 42 background IDs");
        assertThat(new ObjectMapper().readTree(lines[1]).get("level").asText())
                .isEqualTo("WARN");
    }

    @Test
    void textFormatIsOneReadableLine() {
        LogSetup.configure(LogFormat.TEXT, false, out);

        spillway.info("admin endpoint listening");

        assertThat(written()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  "
                + "\\[.+\\] d\\.s\\.server\\.Example - admin endpoint listening\\n");
    }

    @Test
    void infoIsTheDefaultLevel() {
        LogSetup.configure(LogFormat.TEXT, false, out);

        spillway.debug("per-command line");
        spillway.trace("protocol exchange");
        library.debug("library chatter");

        assertThat(written()).isEmpty();
    }

    @Test
    void traceSwitchOpensSpillwayLoggersOnly() {
        LogSetup.configure(LogFormat.TEXT, true, out);

        spillway.trace("C: a1 LOGIN user secret");
        library.debug("library chatter");

        assertThat(written()).contains("C: a1 LOGIN user secret")
                .doesNotContain("library chatter");
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
