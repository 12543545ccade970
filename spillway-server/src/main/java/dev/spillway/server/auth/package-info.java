/**
 * Password authentication for IMAP and the SASL mechanisms built on it. Password hashing is
 * deliberately slow, so it runs on its own bounded thread pool, never on an event loop; a
 * short-lived cache of successful verifications absorbs reconnect storms; failed attempts are
 * answered late (per account and per client address) by scheduling, not by sleeping.
 */
package dev.spillway.server.auth;
