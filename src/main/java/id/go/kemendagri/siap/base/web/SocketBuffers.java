package id.go.kemendagri.siap.base.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The size of Tomcat's per-connection read and write buffers ({@code siap.server.socket-buffer}, default 4 KB
 * instead of Tomcat's 8 KB each). Every open screen keeps two connections (its WebSocket and the one its heartbeats
 * use), so this halves the 32 KB of buffers a session holds while it does nothing; larger requests and answers are
 * read and written in more steps. See docs/performance.md ("Heap kept per open session").
 */
@Component
class SocketBuffers implements TomcatConnectorCustomizer {

    private final DataSize size;

    SocketBuffers(@Value("${siap.server.socket-buffer:4KB}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(org.apache.catalina.connector.Connector connector) {
        var bytes = Long.toString(Math.max(1024, size.toBytes()));
        connector.setProperty("socket.appReadBufSize", bytes);
        connector.setProperty("socket.appWriteBufSize", bytes);
    }
}
