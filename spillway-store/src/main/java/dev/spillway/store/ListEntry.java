package dev.spillway.store;

import java.util.Optional;

/**
 * One mailbox name as LIST shows it (RFC 3501 §7.2.2, RFC 5258 §3, RFC 6154 §2).
 *
 * @param name        the Unicode name
 * @param selectable  false for a {@code \Noselect} placeholder that only holds inferiors
 * @param hasChildren whether any other name lies below this one ({@code \HasChildren})
 * @param subscribed  whether the name is subscribed
 * @param specialUse  the RFC 6154 attribute, if any
 */
public record ListEntry(
        String name,
        boolean selectable,
        boolean hasChildren,
        boolean subscribed,
        Optional<SpecialUse> specialUse) {
}
