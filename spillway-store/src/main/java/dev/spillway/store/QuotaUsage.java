package dev.spillway.store;

/**
 * What an account holds in all its mailboxes, or what a change would add.
 *
 * @param storage  the sum of the messages' sizes in octets (RFC 9208 §5.1); a message copied
 *                 to another mailbox counts twice, though the store keeps its octets once
 * @param messages the number of messages (RFC 9208 §5.2)
 */
public record QuotaUsage(long storage, long messages) {
}
