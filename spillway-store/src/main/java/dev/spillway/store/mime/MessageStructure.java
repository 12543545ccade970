package dev.spillway.store.mime;

import java.util.Optional;

/**
 * Everything FETCH needs to know about a message's shape without parsing it again.
 *
 * @param envelope the top-level ENVELOPE
 * @param body     the top-level entity; its header is the message header
 */
public record MessageStructure(Envelope envelope, BodyPart body) {

    /**
     * Resolves a section part number such as {@code 1.2} (RFC 3501 §6.4.5): multipart children
     * are numbered from 1; a non-multipart message has the single part 1 (its body); a number
     * below a message/rfc822 part indexes the encapsulated message's body the same way; a leaf
     * has no parts below it.
     *
     * @return the entity whose body is {@code BODY[path]} and whose header is
     *         {@code BODY[path.MIME]}; empty if there is no such part
     */
    public Optional<BodyPart> part(int... path) {
        BodyPart current = body;
        for (int i = 0; i < path.length; i++) {
            int number = path[i];
            if (i > 0) {
                if (current.isMessage()) {
                    current = current.message();
                } else if (!current.isMultipart()) {
                    return Optional.empty();
                }
            }
            if (current.isMultipart()) {
                if (number < 1 || number > current.parts().size()) {
                    return Optional.empty();
                }
                current = current.parts().get(number - 1);
            } else if (number != 1) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }
}
