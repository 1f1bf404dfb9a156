package id.go.kemendagri.siap.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.kemendagri.siap.api.v1.Problem;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A path under /api that names no resource is answered 404 problem JSON here; without this mapping Spring
 * would hand it to Vaadin, which answers with its HTML "route not found" page.
 */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<Problem> notFound(HttpServletRequest request) {
        return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "No such resource; see /v3/api-docs.", request);
    }
}
