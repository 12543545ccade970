/**
 * Parses complete {@link dev.spillway.protocol.frame.RawCommand}s into
 * {@link dev.spillway.protocol.command.Command} records (RFC 9051 §9 grammar plus the
 * extensions listed in {@link dev.spillway.protocol.parse.CommandParser}).
 *
 * <p>{@link dev.spillway.protocol.parse.ImapReader} is the tokenizer with {@code peek},
 * {@code take} and {@code expect} methods; one parser class per command family builds records
 * from it; {@link dev.spillway.protocol.parse.CommandParser} holds the table of command names.
 *
 * <p>Invariants: no regular expressions and no exceptions with stack traces on the hot path;
 * every syntax error becomes one {@link dev.spillway.protocol.parse.CommandSyntaxException}
 * carrying the tag (when readable) and a message fit for a BAD response; unknown command names
 * are not errors but {@link dev.spillway.protocol.command.UnknownCommand}s.
 */
package dev.spillway.protocol.parse;
