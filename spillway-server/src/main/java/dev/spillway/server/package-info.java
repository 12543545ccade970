/**
 * The Spillway IMAP and LMTP server: {@link dev.spillway.server.ImapServer} binds the
 * listeners and wires the store, the authenticator, the shedding policy and the work pools
 * that every session shares through {@link dev.spillway.server.ServerContext}.
 */
package dev.spillway.server;
