package id.go.kemendagri.siap.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on 127.0.0.1 that a test can cut and restore, to put a network fault between the application and
 * its database. {@link #cut()} closes every relayed connection and stops listening, so that the application sees
 * its connections die and new ones refused (the database host gone); {@link #restore()} listens again on the same
 * port. Only loopback addresses are involved.
 */
public final class TcpRelay implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile long latencyMillis;

    public TcpRelay(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        var first = listen(0);
        this.port = first.getLocalPort();
        start(first);
    }

    public int port() {
        return port;
    }

    /**
     * Delays every answer from the database by this much (0: none), so that each round trip of a statement takes
     * that much longer: a slow network or an overloaded database.
     */
    public void latency(java.time.Duration latency) {
        latencyMillis = latency.toMillis();
    }

    /** Connections die, new ones are refused. */
    public synchronized void cut() throws IOException {
        var current = server;
        server = null;
        if (current != null) {
            current.close();
        }
        for (var socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
        sockets.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() throws IOException {
        if (server == null) {
            start(listen(port));
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        var socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void start(ServerSocket listening) {
        server = listening;
        Thread.ofVirtual().name("relay-accept-" + port).start(() -> {
            while (!listening.isClosed()) {
                try {
                    var client = listening.accept();
                    Socket upstream;
                    try {
                        upstream = new Socket(targetHost, targetPort);
                    } catch (IOException e) {
                        client.close();
                        continue;
                    }
                    sockets.add(client);
                    sockets.add(upstream);
                    if (server != listening) {
                        client.close();
                        upstream.close();
                        continue;
                    }
                    var asked = new java.util.concurrent.atomic.AtomicBoolean();
                    pump(client, upstream, asked, false);
                    pump(upstream, client, asked, true);
                } catch (IOException e) {
                    // closed by cut()
                }
            }
        });
    }

    /**
     * Copies one direction; {@code asked} is set when the application sends something, and the database's first
     * answer after it waits the latency (once per round trip, not once per chunk of a long answer).
     */
    private void pump(Socket from, Socket to, java.util.concurrent.atomic.AtomicBoolean asked, boolean answers) {
        Thread.ofVirtual().start(() -> {
            var buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    var delay = latencyMillis;
                    if (answers && asked.getAndSet(false) && delay > 0) {
                        Thread.sleep(delay);
                    }
                    if (!answers) {
                        asked.set(true);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
