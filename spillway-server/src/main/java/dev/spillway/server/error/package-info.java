/**
 * How failures become IMAP responses, in one place. A handler throws {@link ImapException}
 * (bad syntax or use: {@code BAD}; refused: {@code NO [CODE]}; fatal: {@code BYE}); store
 * failures and anything unexpected go through {@link ErrorMapper}, which logs server faults
 * once with an id that the client's {@code NO [SERVERBUG]} text carries too. Client mistakes
 * are never logged as server errors.
 */
package dev.spillway.server.error;
