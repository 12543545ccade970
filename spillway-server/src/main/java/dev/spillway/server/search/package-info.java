/**
 * Which messages of the selected mailbox a command names: sequence sets resolved against the
 * session's view ({@link dev.spillway.server.search.MessageSets}), SEARCH criteria evaluated
 * message by message ({@link dev.spillway.server.search.SearchEvaluator}) with their ESEARCH
 * and PARTIAL answer ({@link dev.spillway.server.search.EsearchResponse}), and the UID batches
 * of UIDBATCHES ({@link dev.spillway.server.search.UidBatches}).
 *
 * <p>Invariants: sequence numbers are those of the session's view, never the store's; a result
 * is always ascending and free of duplicates; criteria that need only flags, sizes, dates,
 * mod-sequences and numbers are judged from {@link dev.spillway.store.MessageMeta} without
 * touching message content, and content is loaded once per message, only when a cheaper
 * criterion has not already decided. Messages expunged by another session and not yet
 * reported never match and belong to no batch.
 */
package dev.spillway.server.search;
