/**
 * The mail store as the protocol code sees it: accounts hold mailboxes, mailboxes hold messages.
 *
 * <p>Everything here is domain data, not IMAP syntax: the server renders it (modified UTF-7
 * names, sequence numbers, FETCH items). Invariants every implementation keeps:
 * <ul>
 *   <li>every call is blocking, thread-safe and made from a worker thread, never from an event
 *       loop;</li>
 *   <li>a call that returned normally is durable: its effect survives a crash of the process at
 *       any later moment;</li>
 *   <li>within one UIDVALIDITY a UID is never reused and UIDNEXT never goes backwards, also
 *       across crashes (RFC 3501 §2.3.1.1);</li>
 *   <li>every append, expunge and effective flag change raises the mailbox's HIGHESTMODSEQ
 *       (RFC 7162 §3), and an expunged UID is remembered with the MODSEQ of its expunge so
 *       QRESYNC can report it as vanished;</li>
 *   <li>failures are {@link dev.spillway.store.StoreException}s whose
 *       {@link dev.spillway.store.StoreException.Kind} the server maps to a response in one
 *       place.</li>
 * </ul>
 */
package dev.spillway.store;
