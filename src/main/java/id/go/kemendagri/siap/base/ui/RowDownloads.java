package id.go.kemendagri.siap.base.ui;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.base.NotFoundException;

/**
 * One download address for a whole list, instead of a download component per row: the list element (a grid)
 * carries the address of one {@link DownloadHandler} in its {@value #ATTRIBUTE} attribute, and a
 * {@link Piece#download download piece} drawn in a row asks it for the file of its key
 * ({@code ?key=...}). The address is Vaadin's own for the element, valid in this session and UI only; the key comes
 * from the browser, so the {@link Source} looks the row up again and checks the user's access (a service call), as
 * it would for a component.
 */
public final class RowDownloads {

    /** The attribute that holds the address; {@code siap-pieces.js} reads it from the closest list. */
    public static final String ATTRIBUTE = "download-base";
    static final String KEY = "key";

    /** The file of a row, looked up again by its key; throws as the services do when it is not there or not allowed. */
    @FunctionalInterface
    public interface Source {
        DownloadResponse open(String key) throws IOException;
    }

    private RowDownloads() {
    }

    /** Serves the rows' files of {@code list} from {@code source}. */
    public static void serve(Component list, Source source) {
        list.getElement().setAttribute(ATTRIBUTE,
                DownloadHandler.fromInputStream(event -> respond(source, event.getRequest().getParameter(KEY))));
    }

    /**
     * The answer to a request for {@code key}: the file, or 404 for a key that names no file (or none of the right
     * form), 403 for one the user may not read, 400 without a key. Nothing about another region's file leaks.
     */
    static DownloadResponse respond(Source source, String key) {
        if (key == null || key.isBlank()) {
            return DownloadResponse.error(HttpStatusCode.BAD_REQUEST);
        }
        try {
            return source.open(key);
        } catch (NotFoundException | IllegalArgumentException e) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        } catch (AccessDeniedException e) {
            return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
