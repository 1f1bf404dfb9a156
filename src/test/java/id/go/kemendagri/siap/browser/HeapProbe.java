package id.go.kemendagri.siap.browser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Reads a server's heap for the memory benchmark: its used heap after full collections and a heap dump
 * (analysed by {@link HeapOwnership}). Works on this JVM (the test's own server) or, through the JDK's
 * attach API, on another process of the same user on this machine (a production jar started by hand).
 */
final class HeapProbe implements AutoCloseable {

    private final MBeanServerConnection server;
    private final JMXConnector connector;
    private final MemoryMXBean memory;

    private HeapProbe(MBeanServerConnection server, JMXConnector connector) throws IOException {
        this.server = server;
        this.connector = connector;
        this.memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
    }

    /** This JVM. */
    static HeapProbe local() {
        try {
            return new HeapProbe(ManagementFactory.getPlatformMBeanServer(), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Another JVM on this machine, by process id (started by the same user). */
    static HeapProbe attach(long pid) throws Exception {
        var vm = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
        try {
            var address = vm.startLocalManagementAgent();
            var connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            return new HeapProbe(connector.getMBeanServerConnection(), connector);
        } finally {
            vm.detach();
        }
    }

    /** Used heap after four full collections, in bytes. */
    long usedAfterFullGc() throws InterruptedException {
        for (var i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * Writes the server's live objects (after a full collection) to {@code file}, an HPROF heap dump; the
     * server writes it, so the path must be one it can write on this machine.
     */
    void dumpHeap(Path file) throws IOException {
        Files.deleteIfExists(file);
        ManagementFactory.newPlatformMXBeanProxy(server, "com.sun.management:type=HotSpotDiagnostic",
                HotSpotDiagnosticMXBean.class).dumpHeap(file.toAbsolutePath().toString(), true);
    }

    @Override
    public void close() throws IOException {
        if (connector != null) {
            connector.close();
        }
    }
}
