package dev.spillway.server.lmtp;

/**
 * LMTP limits.
 *
 * @param hostName the name in the greeting and in Received headers
 * @param maxMessageBytes the largest message accepted (SIZE, RFC 1870), in octets
 * @param maxRecipients recipients allowed in one transaction
 * @param maxLineBytes the longest line accepted in commands and in message data
 */
public record LmtpSettings(String hostName, long maxMessageBytes, int maxRecipients,
        int maxLineBytes) {
}
