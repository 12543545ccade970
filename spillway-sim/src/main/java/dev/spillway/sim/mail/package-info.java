/**
 * Realistic generated mail for seeding accounts and for delivery during a run.
 *
 * <p>Distribution (the default {@link dev.spillway.sim.mail.MailMix}): 35% {@code text/plain}
 * of 2–20 KB; 35% {@code multipart/alternative} with 2–20 KB of text and its HTML (1.5 times
 * longer); 20% {@code multipart/mixed} with 0.3–3 KB of text and one base64 attachment of
 * 50–500 KB before encoding (PDF, JPEG or DOCX; random bytes, as compressed formats are);
 * 10% newsletters, {@code multipart/alternative} with 2–8 KB of text and 20–80 KB of HTML with
 * tables, images and links. Sizes are uniform within each range.
 *
 * <p>Invariants: CRLF line endings, lines under 1000 octets (RFC 5322 §2.1.1), unique
 * Message-IDs within a factory, and the same seed always gives the same messages.
 */
package dev.spillway.sim.mail;
