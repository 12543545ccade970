/**
 * The update-wave simulator: drives an IMAP target on loopback with two populations at once
 * and reports what the foreground saw.
 *
 * <p>Entry points for a command line: {@link dev.spillway.sim.Simulator#run} (one run,
 * {@link dev.spillway.sim.SimOptions} in, {@link dev.spillway.sim.SimReport} out),
 * {@link dev.spillway.sim.Simulator#compare} (baseline, shedding off, shedding auto, switched
 * through the admin API) and {@link dev.spillway.sim.Seeder#seed} (realistic mail into
 * existing accounts). {@link dev.spillway.sim.SimMain} is a plain {@code main} for scripts.
 *
 * <p>Populations: background devices behave like iOS Mail after an update (TN3189): ID with
 * {@code back-fill} or {@code indexer}, AUTHENTICATE PLAIN with SASL-IR, LIST, SELECT, whole
 * mailboxes in UID batches; when shed they disconnect and retry after a compressed "day".
 * Foreground users select INBOX, IDLE, read new mail (headers, then the body), flag and move
 * some. Mail arrives over LMTP during the run. The message mix is described in
 * {@link dev.spillway.sim.mail}.
 *
 * <p>Invariants: the target must be loopback unless remote targets are explicitly allowed;
 * every loop has a deadline and every socket a read timeout; accounts must exist on the target
 * (the simulator never creates them). Limits: one platform thread per client, at most
 * {@link dev.spillway.sim.SimOptions#MAX_CLIENTS} clients; a 2-core machine is best driven with
 * a few hundred, since the simulator shares the CPU with the target.
 */
package dev.spillway.sim;
