package dev.spillway.proxy;

import dev.spillway.config.HostPort;
import io.netty.channel.Channel;

/**
 * A backend connection that is set up and ready to relay.
 *
 * @param channel the connection; runs on the client connection's event loop
 * @param handler its last handler, where the relay attaches
 * @param backend which backend it is
 */
record BackendLink(Channel channel, BackendHandler handler, HostPort backend) {
}
