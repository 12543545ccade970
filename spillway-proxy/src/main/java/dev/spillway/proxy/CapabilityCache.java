package dev.spillway.proxy;

/** The backend's latest known pre-login capabilities; thread-safe. */
final class CapabilityCache {

    private volatile Capabilities current = Capabilities.FALLBACK;
    private volatile boolean probed;

    Capabilities get() {
        return current;
    }

    /** Whether a probe has ever succeeded. */
    boolean probed() {
        return probed;
    }

    void set(Capabilities capabilities) {
        current = capabilities;
        probed = true;
    }
}
