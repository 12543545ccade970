/**
 * One IMAP connection: its state (RFC 9051 §3), the Netty handler that feeds it commands, and
 * the per-command output. Commands of one session run one at a time, in order, on the store
 * pool: the decoder is suspended while a command runs, so pipelined commands wait in its buffer
 * and replies keep their order (RFC 9051 §5.5). Session state is touched only from the
 * session's serial executor.
 */
package dev.spillway.server.session;
