/**
 * Network plumbing shared by the server and the proxy: event loops (epoll where the native
 * transport is present, NIO otherwise), listeners, and connection limits that are enforced
 * before any protocol work is done for a connection.
 */
package dev.spillway.transport.net;
