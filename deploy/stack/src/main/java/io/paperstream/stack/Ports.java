package io.paperstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers for processes we start ourselves. */
public final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago on 127.0.0.1; good enough for tests and a single local run. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on 127.0.0.1", e);
        }
    }

    /**
     * Whether nothing listens on the port on any interface. Binding the wildcard address collides with
     * listeners on 0.0.0.0 and on 127.0.0.1 alike; address reuse only lets us past sockets in TIME_WAIT
     * left by a previous run, never past a live listener.
     */
    public static boolean isAvailable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
