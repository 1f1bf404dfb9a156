package id.go.kemendagri.siap.api.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import id.go.kemendagri.siap.api.v1.ApiInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a query parameter an operation does not take (400), naming the ones it does: a misspelt filter
 * ({@code province=62} for {@code provinsi=62}) would otherwise be ignored and answer with the whole country.
 */
class KnownParameters implements HandlerInterceptor {

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var names = known.computeIfAbsent(method, KnownParameters::names);
        for (var name : request.getParameterMap().keySet()) {
            if (!names.contains(name)) {
                throw new ApiInputException(name + ": not a parameter of this resource; it takes "
                        + (names.isEmpty() ? "none" : String.join(", ", names)) + ".");
            }
        }
        return true;
    }

    private static Set<String> names(HandlerMethod method) {
        var names = new TreeSet<String>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                var name = !annotation.name().isEmpty() ? annotation.name() : annotation.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (parameter.getParameterType().isRecord()) {
                // A record of parameters (ListParams) binds its components by name.
                for (var component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
