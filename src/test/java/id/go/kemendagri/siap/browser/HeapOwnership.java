package id.go.kemendagri.siap.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.netbeans.lib.profiler.heap.FieldValue;
import org.netbeans.lib.profiler.heap.GCRoot;
import org.netbeans.lib.profiler.heap.Heap;
import org.netbeans.lib.profiler.heap.HeapFactory;
import org.netbeans.lib.profiler.heap.Instance;
import org.netbeans.lib.profiler.heap.JavaClass;
import org.netbeans.lib.profiler.heap.ObjectArrayInstance;
import org.netbeans.lib.profiler.heap.ObjectFieldValue;
import org.netbeans.lib.profiler.heap.PrimitiveArrayInstance;

/**
 * What open sessions own in a heap dump. Two walks over the objects reachable from the GC roots and from
 * every class's static fields: the full one, and a cut one that does not enter instances of the
 * per-session classes ({@link #SESSION_CLASSES} and their subclasses). What only the full walk reaches is
 * owned by the sessions: the sizes of those objects divided by the number of sessions is the heap one open
 * session keeps. Unlike retained sizes (useless here: a UI is also reachable from shared registries, so it
 * dominates little), this counts an object as a session's whenever shared structures reach it only through
 * a session object. References of {@code java.lang.ref.Reference} (weak, soft, phantom) do not own what
 * they refer to: neither walk follows them. A third walk puts each owned object down to the session object
 * it hangs from (a UI, its push connection, the HTTP session, ...; the first in {@link #SESSION_CLASSES}
 * where several lead to it).
 *
 * <p>Sizes two ways: as the NetBeans heap library (and VisualVM) count them from the HPROF file, where a
 * reference takes 8 bytes and the header 16, and as the JVM lays objects out with compressed references
 * (the default below a 32 GB heap): 12-byte headers, 4-byte references, 16-byte array headers, 8-byte
 * alignment.
 *
 * <p>By hand: {@code jcmd <pid> GC.heap_dump /tmp/siap.hprof} (live objects only; the server should have
 * been started afresh, see "Heap kept per open session" in docs/performance.md), then
 * {@code java -cp <test class path> id.go.kemendagri.siap.browser.HeapOwnership /tmp/siap.hprof 8 [top]}.
 */
final class HeapOwnership {

    /**
     * Objects that exist once per HTTP session, browser tab or connection; the cut walk stops at them. A
     * class not loaded in the server is left out.
     */
    static final List<String> SESSION_CLASSES = List.of(
            "com.vaadin.flow.component.UI",
            "id.go.kemendagri.siap.liveupdate.PresenceRegistry$Entry",
            "id.go.kemendagri.siap.liveupdate.LiveUpdateHub$Subscription",
            "org.atmosphere.cpr.AtmosphereResourceImpl",
            "org.apache.tomcat.websocket.WsSession",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper",
            "com.vaadin.flow.server.VaadinSession",
            "org.apache.catalina.session.StandardSession");

    private static final String STATE_NODE = "com.vaadin.flow.internal.StateNode";

    /** Bytes and count of one class's owned objects. */
    record ClassShare(String name, long count, long hprofBytes, long jvmBytes) {
    }

    /**
     * The result for {@code sessions} sessions: the sizes of all reachable objects ({@code all*}), of those
     * the cut walk reaches ({@code cut*}), the owned objects by class and by the session object they hang
     * from, and how many instances of each session class the dump holds (classes not loaded left out).
     */
    record Result(int sessions, long allObjects, long allHprofBytes, long allJvmBytes, long cutHprofBytes,
            long cutJvmBytes, List<ClassShare> owned, List<ClassShare> owners, Map<String, Integer> sessionObjects,
            List<String> absent) {

        long ownedObjects() {
            return owned.stream().mapToLong(ClassShare::count).sum();
        }

        long ownedHprofBytes() {
            return allHprofBytes - cutHprofBytes;
        }

        long ownedJvmBytes() {
            return allJvmBytes - cutJvmBytes;
        }

        long count(String className) {
            return owned.stream().filter(c -> c.name().equals(className)).mapToLong(ClassShare::count).sum();
        }

        /** Live UIs (of any subclass) in the dump. */
        int uis() {
            return sessionObjects.getOrDefault("com.vaadin.flow.component.UI", 0);
        }

        /** Live HTTP sessions in the dump. */
        int httpSessions() {
            return sessionObjects.getOrDefault("org.apache.catalina.session.StandardSession", 0);
        }

        /** Per session: owned KB both ways, owned objects and state nodes. */
        String headline() {
            return String.format(Locale.ROOT,
                    "%.1f KB owned per session (%.1f KB in the JVM's layout), %d objects and %d state nodes per session",
                    ownedHprofBytes() / 1024.0 / sessions, ownedJvmBytes() / 1024.0 / sessions,
                    ownedObjects() / sessions, count(STATE_NODE) / sessions);
        }

        /** The whole report, {@code top} classes. */
        List<String> report(int top) {
            var lines = new ArrayList<String>();
            lines.add(headline());
            lines.add(String.format(Locale.ROOT,
                    "  reachable: %,d objects, %,d bytes (%,d in the JVM's layout); without entering session objects:"
                            + " %,d bytes (%,d); owned by %d sessions: %,d objects, %,d bytes (%,d)",
                    allObjects, allHprofBytes, allJvmBytes, cutHprofBytes, cutJvmBytes, sessions, ownedObjects(),
                    ownedHprofBytes(), ownedJvmBytes()));
            var found = new StringBuilder("  session objects in the dump:");
            sessionObjects.forEach((name, n) -> found.append(' ').append(n).append(' ')
                    .append(name.substring(name.lastIndexOf('.') + 1)).append(','));
            found.setLength(found.length() - 1);
            if (!absent.isEmpty()) {
                found.append("; not loaded: ").append(String.join(", ", absent));
            }
            lines.add(found.toString());
            var hanging = new StringBuilder("  owned per session, by the session object it hangs from (KB):");
            owners.forEach(c -> hanging.append(String.format(Locale.ROOT, " %s %.1f,",
                    c.name().substring(c.name().lastIndexOf('.') + 1), c.hprofBytes() / 1024.0 / sessions)));
            hanging.setLength(hanging.length() - 1);
            lines.add(hanging.toString());
            lines.add("  owned per session, by class (KB, KB in the JVM's layout, objects):");
            owned.stream().limit(top).forEach(c -> lines.add(String.format(Locale.ROOT, "  %9.1f %9.1f %8.1f  %s",
                    c.hprofBytes() / 1024.0 / sessions, c.jvmBytes() / 1024.0 / sessions,
                    (double) c.count() / sessions, c.name())));
            return lines;
        }
    }

    private final Heap heap;
    private final long classClassId;
    /** Per class id: the index of its session class, -1 if its instances belong to no session. */
    private final Map<Long, Integer> sessionClass = new HashMap<>();
    /** Per class id: the JVM's size of an instance (not for arrays). */
    private final Map<Long, Long> jvmInstanceSize = new HashMap<>();

    private HeapOwnership(Heap heap) {
        this.heap = heap;
        this.classClassId = heap.getJavaClassByName("java.lang.Class").getJavaClassId();
    }

    /**
     * Reads the dump. The library keeps an index beside it, in {@code <dump>.nbcache}; one left by an earlier
     * dump of the same name would not fit, so it is made afresh (a few seconds).
     */
    static Result analyse(File dump, int sessions) throws IOException {
        var cache = dump.toPath().resolveSibling(dump.getName() + ".nbcache");
        if (Files.isDirectory(cache)) {
            try (var files = Files.walk(cache)) {
                for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return new HeapOwnership(HeapFactory.createHeap(dump)).analyse(sessions);
    }

    @SuppressWarnings("unchecked")
    private Result analyse(int sessions) {
        var classes = (List<JavaClass>) heap.getAllClasses();
        var counts = new LinkedHashMap<String, Integer>();
        var absent = new ArrayList<String>();
        for (var name : SESSION_CLASSES) {
            var count = 0;
            var loaded = false;
            for (var javaClass : classes) {
                if (isSessionClass(javaClass) && extendsClass(javaClass, name)) {
                    count += javaClass.getInstancesCount();
                }
                loaded |= javaClass.getName().equals(name);
            }
            if (loaded) {
                counts.put(name, count);
            } else {
                absent.add(name);
            }
        }

        // The cut walk: from the roots, not entering session objects; the ones it meets are its boundary.
        var cut = new Walk(null);
        for (var root : (Iterable<GCRoot>) heap.getGCRoots()) {
            cut.push(root.getInstance());
        }
        for (var javaClass : classes) {
            for (var value : (List<FieldValue>) javaClass.getStaticFieldValues()) {
                if (value instanceof ObjectFieldValue object) {
                    cut.push(object.getInstance());
                }
            }
        }
        var shared = cut.run(null);

        // The rest of the full walk: what the boundary leads to, one session object after another (each
        // stopping at other session objects, which join the queue), so that every session object is found.
        var owned = new HashMap<String, long[]>();
        var rest = new Walk(cut.visited);
        rest.boundary.addAll(cut.boundary);
        cut.boundary.forEach(instance -> rest.boundaryIds.add(instance.getInstanceId()));
        var total = new long[3];
        for (var i = 0; i < rest.boundary.size(); i++) {
            rest.enter(rest.boundary.get(i));
            add(total, rest.run(owned));
        }
        var sessionObjects = new ArrayList<>(rest.boundary);

        // Once more, to put each owned object down to the session object it hangs from: UIs first, the HTTP
        // session last (a UI's components are also reachable through the Vaadin session's bean stores).
        var byOwner = new LinkedHashMap<String, long[]>();
        SESSION_CLASSES.forEach(name -> byOwner.put(name, new long[3]));
        sessionObjects.sort(Comparator.comparingInt(instance -> sessionClassIndex(instance.getJavaClass())));
        var attribution = new Walk(cut.visited);
        sessionObjects.forEach(instance -> attribution.boundaryIds.add(instance.getInstanceId()));
        for (var owner : sessionObjects) {
            attribution.enter(owner);
            add(byOwner.get(SESSION_CLASSES.get(sessionClassIndex(owner.getJavaClass()))), attribution.run(null));
        }

        var shares = owned.entrySet().stream()
                .map(e -> new ClassShare(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted((x, y) -> Long.compare(y.hprofBytes(), x.hprofBytes()))
                .toList();
        var owners = byOwner.entrySet().stream().filter(e -> counts.containsKey(e.getKey()))
                .map(e -> new ClassShare(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
        return new Result(sessions, shared[0] + total[0], shared[1] + total[1], shared[2] + total[2], shared[1],
                shared[2], shares, owners, counts, absent);
    }

    private static void add(long[] sum, long[] part) {
        for (var i = 0; i < sum.length; i++) {
            sum[i] += part[i];
        }
    }

    /**
     * One walk: objects it has visited, besides those of an earlier walk ({@code before}) that it does not
     * enter again; the session objects it met but did not enter ({@code boundary}).
     */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private final class Walk {
        final LongSet before;
        final LongSet visited = new LongSet();
        final ArrayDeque<Instance> stack = new ArrayDeque<>();
        final List<Instance> boundary = new ArrayList<>();
        final LongSet boundaryIds = new LongSet();

        /** Starts at a session object. */
        void enter(Instance instance) {
            if (visited.add(instance.getInstanceId())) {
                stack.push(instance);
            }
        }

        void push(Instance instance) {
            // Class objects are roots of both walks (their static fields are), so neither counts them.
            if (instance == null || instance.getJavaClass().getJavaClassId() == classClassId) {
                return;
            }
            var id = instance.getInstanceId();
            if (visited.contains(id) || (before != null && before.contains(id))) {
                return;
            }
            if (isSessionClass(instance.getJavaClass())) {
                if (boundaryIds.add(id)) {
                    boundary.add(instance);
                }
                return;
            }
            visited.add(id);
            stack.push(instance);
        }

        /**
         * Visits what the stack leads to; adds the objects by class to {@code byClass} if given. Returns
         * objects, HPROF bytes and JVM bytes.
         */
        @SuppressWarnings("unchecked")
        long[] run(Map<String, long[]> byClass) {
            var sum = new long[3];
            while (!stack.isEmpty()) {
                var instance = stack.pop();
                var size = new long[] {1, instance.getSize(), jvmSize(instance)};
                add(sum, size);
                if (byClass != null) {
                    add(byClass.computeIfAbsent(instance.getJavaClass().getName(), k -> new long[3]), size);
                }
                if (instance instanceof ObjectArrayInstance array) {
                    for (var element : (List<Instance>) array.getValues()) {
                        push(element);
                    }
                } else if (!(instance instanceof PrimitiveArrayInstance)) {
                    for (var value : (List<FieldValue>) instance.getFieldValues()) {
                        if (value instanceof ObjectFieldValue object && !isReferent(object)) {
                            push(object.getInstance());
                        }
                    }
                }
            }
            return sum;
        }
    }

    private static boolean isReferent(ObjectFieldValue value) {
        var field = value.getField();
        return field.getName().equals("referent") && field.getDeclaringClass().getName().equals("java.lang.ref.Reference");
    }

    private boolean isSessionClass(JavaClass javaClass) {
        return sessionClassIndex(javaClass) >= 0;
    }

    /** The index in {@link #SESSION_CLASSES} of the class or the superclass named there, -1 if none. */
    private int sessionClassIndex(JavaClass javaClass) {
        return sessionClass.computeIfAbsent(javaClass.getJavaClassId(), id -> {
            for (var i = 0; i < SESSION_CLASSES.size(); i++) {
                if (extendsClass(javaClass, SESSION_CLASSES.get(i))) {
                    return i;
                }
            }
            return -1;
        });
    }

    private static boolean extendsClass(JavaClass javaClass, String name) {
        for (var c = javaClass; c != null; c = c.getSuperClass()) {
            if (c.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EIGHT_BYTES = Set.of("long", "double");
    private static final Set<String> TWO_BYTES = Set.of("char", "short");
    private static final Set<String> ONE_BYTE = Set.of("byte", "boolean");

    /** The object's size in a JVM with compressed references and class pointers. */
    @SuppressWarnings("unchecked")
    private long jvmSize(Instance instance) {
        if (instance instanceof ObjectArrayInstance array) {
            return align(16L + 4L * array.getLength());
        }
        if (instance instanceof PrimitiveArrayInstance array) {
            return align(16L + (long) elementSize(instance.getJavaClass().getName().replace("[]", "")) * array.getLength());
        }
        var javaClass = instance.getJavaClass();
        return jvmInstanceSize.computeIfAbsent(javaClass.getJavaClassId(), id -> {
            long size = 12;
            for (var c = javaClass; c != null; c = c.getSuperClass()) {
                for (var field : (List<org.netbeans.lib.profiler.heap.Field>) c.getFields()) {
                    if (!field.isStatic()) {
                        size += elementSize(field.getType().getName());
                    }
                }
            }
            return align(size);
        });
    }

    private static int elementSize(String type) {
        if (EIGHT_BYTES.contains(type)) {
            return 8;
        }
        if (TWO_BYTES.contains(type)) {
            return 2;
        }
        if (ONE_BYTE.contains(type)) {
            return 1;
        }
        return 4; // int, float, object (a compressed reference)
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }

    /** Object ids (never 0), open addressing. */
    private static final class LongSet {
        private long[] table = new long[1 << 16];
        private int size;

        boolean contains(long value) {
            var mask = table.length - 1;
            for (var i = index(value, mask); table[i] != 0; i = (i + 1) & mask) {
                if (table[i] == value) {
                    return true;
                }
            }
            return false;
        }

        boolean add(long value) {
            if (2 * (size + 1) > table.length) {
                var old = table;
                table = new long[old.length * 2];
                size = 0;
                for (var v : old) {
                    if (v != 0) {
                        add(v);
                    }
                }
            }
            var mask = table.length - 1;
            var i = index(value, mask);
            for (; table[i] != 0; i = (i + 1) & mask) {
                if (table[i] == value) {
                    return false;
                }
            }
            table[i] = value;
            size++;
            return true;
        }

        private static int index(long value, int mask) {
            var h = value * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }

    /** {@code HeapOwnership <dump.hprof> <sessions> [top classes, default 15]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HeapOwnership <dump.hprof> <sessions> [top classes]");
            System.exit(2);
        }
        var started = System.nanoTime();
        var result = analyse(new File(args[0]), Integer.parseInt(args[1]));
        result.report(args.length > 2 ? Integer.parseInt(args[2]) : 15).forEach(System.out::println);
        System.out.printf("(analysed in %d s)%n", (System.nanoTime() - started) / 1_000_000_000);
    }
}
