package id.go.kemendagri.siap.checklist;

import java.io.InputStream;

/** An item's evidence file opened for download; the caller closes the stream. */
public record EvidenceFile(String name, String mediaType, long size, InputStream content) implements AutoCloseable {

    @Override
    public void close() throws java.io.IOException {
        content.close();
    }
}
