/**
 * LMTP (RFC 2033) delivery into the store, so an MTA such as Postfix can hand mail to
 * Spillway. Replies follow RFC 5321 with RFC 3463 enhanced status codes; after DATA there is
 * one reply per accepted recipient, in RCPT order. A 250 for a recipient is sent only after
 * the message is committed to that recipient's mailbox.
 */
package dev.spillway.server.lmtp;
