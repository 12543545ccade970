/**
 * Which messages of the selected mailbox a command names: sequence sets resolved against the
 * session's view ({@link dev.spillway.server.search.MessageSets}) and SEARCH criteria evaluated
 * message by message ({@link dev.spillway.server.search.SearchEvaluator}).
 *
 * <p>Invariants: sequence numbers are those of the session's view, never the store's; a result
 * is always ascending and free of duplicates; criteria that need only flags, sizes, dates and
 * numbers are judged from {@link dev.spillway.store.MessageMeta} without touching message
 * content, and content is loaded once per message, only when a cheaper criterion has not
 * already decided.
 */
package dev.spillway.server.search;
