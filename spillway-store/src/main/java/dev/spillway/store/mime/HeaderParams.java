package dev.spillway.store.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * A structured MIME header value ({@code value; name=val; ...}, RFC 2045 §5.1) parsed with
 * mime4j's lenient {@link RawFieldParser}; comments and quoting are handled there.
 *
 * @param value  the part before the first semicolon, e.g. {@code text/plain}
 * @param params the parameters in order, names and values as written (quotes removed)
 */
record HeaderParams(String value, List<Param> params) {

    static HeaderParams parse(String headerValue) {
        // Mime4j reads octets as ISO-8859-1 characters; going through UTF-8 octets and back
        // keeps non-ASCII parameter values (RFC 6532) intact.
        byte[] octets = headerValue.getBytes(StandardCharsets.UTF_8);
        ByteArrayBuffer buffer = new ByteArrayBuffer(octets, octets.length, false);
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(buffer,
                new ParserCursor(0, octets.length));
        List<Param> params = new ArrayList<>();
        for (NameValuePair pair : body.getParams()) {
            if (pair.getName() != null && !pair.getName().isEmpty()) {
                params.add(new Param(utf8(pair.getName()), utf8(pair.getValue())));
            }
        }
        return new HeaderParams(utf8(body.getValue()).strip(), List.copyOf(params));
    }

    private static String utf8(String latin1) {
        if (latin1 == null) {
            return "";
        }
        byte[] octets = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return Bytes.headerText(octets, 0, octets.length);
    }
}
