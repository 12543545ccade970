package dev.spillway.sim.wire;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The simulator generates load: pointed at someone else's server it is an attack. It therefore
 * refuses any host that does not resolve only to loopback addresses unless the caller says,
 * explicitly, that a remote target is intended.
 */
public final class Loopback {

    private Loopback() {
    }

    /**
     * Returns normally when every address of {@code host} is a loopback address, or when
     * {@code allowRemote} is set.
     *
     * @throws IllegalArgumentException naming the host otherwise, or when it does not resolve
     */
    public static void require(String host, boolean allowRemote) {
        if (allowRemote) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve target host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("target " + host + " is not a loopback "
                        + "address (" + address.getHostAddress() + "); the simulator drives "
                        + "only local servers unless remote targets are explicitly allowed");
            }
        }
    }
}
