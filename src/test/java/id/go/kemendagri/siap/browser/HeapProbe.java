package id.go.kemendagri.siap.browser;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads a server's heap for the memory benchmark: its used heap after full collections and its class
 * histogram. Works on this JVM (the test's own server) or, through the JDK's attach API, on another
 * process of the same user on this machine (a production jar started by hand).
 */
final class HeapProbe implements AutoCloseable {

    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

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

    /** Live objects per class (the histogram forces a full collection first): class name to bytes and count. */
    Map<String, long[]> histogram() throws IOException, JMException {
        var text = (String) server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        var classes = new HashMap<String, long[]>();
        for (var line : text.split("\n")) {
            var match = HISTOGRAM_LINE.matcher(line);
            // G1 fills unusable space with filler arrays: dead space, not objects of anyone's.
            if (match.matches() && !match.group(3).contains("jdk.internal.vm.Filler")) {
                classes.merge(match.group(3), new long[] {Long.parseLong(match.group(2)), Long.parseLong(match.group(1))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return classes;
    }

    /** Bytes of live objects the second histogram holds more than the first. */
    static long total(Map<String, long[]> before, Map<String, long[]> after) {
        return after.values().stream().mapToLong(v -> v[0]).sum() - before.values().stream().mapToLong(v -> v[0]).sum();
    }

    /** The classes that grew most between two histograms, one line each, for {@code sessions} sessions. */
    static List<String> growth(Map<String, long[]> before, Map<String, long[]> after, int sessions, int top) {
        var lines = new ArrayList<String>();
        after.entrySet().stream()
                .map(e -> {
                    var old = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - old[0], e.getValue()[1] - old[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .limit(top)
                .forEach(e -> lines.add(String.format("%9.1f KB %8d objects per session  %s",
                        e.getValue()[0] / 1024.0 / sessions, e.getValue()[1] / sessions, e.getKey())));
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (connector != null) {
            connector.close();
        }
    }
}
