package id.go.kemendagri.siap.base.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Holds every request but the health checks until the application is ready: the port opens before the
 * start-up work (reference regions, demo accounts and data) is done, and a user who signed in then was told
 * "wrong password", or opened a form that the seeding then changed under them. Until Spring Boot reports
 * {@link ReadinessState#ACCEPTING_TRAFFIC} (after every {@code ApplicationRunner}), and again while it shuts
 * down, the answer is 503 with a page that says the server is starting and reloads itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final byte[] page;

    StartupGate(ApplicationAvailability availability) {
        this.availability = availability;
        try (var in = new ClassPathResource("starting/index.html").getInputStream()) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/health") || path.startsWith("/icons/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
