package dev.spillway.proxy;

import dev.spillway.transport.net.EventLoops;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Two event loops shared by the tests of one class, closed after the last of them. */
final class EventLoopsExtension implements BeforeAllCallback, AfterAllCallback {

    private EventLoops loops;

    @Override
    public void beforeAll(ExtensionContext context) {
        loops = new EventLoops(2);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        loops.close();
    }

    EventLoops get() {
        return loops;
    }
}
