package dev.spillway.proxy;

/** What happens on a backend connection, as seen by whoever drives it at the moment. */
interface BackendEvents extends ResponseScanner.Listener {

    /** The backend connection closed; {@code cause} is the error that closed it, or null. */
    void closed(Throwable cause);

    /** The backend connection's writability changed (backpressure, see ClientSession). */
    void writabilityChanged(boolean writable);
}
