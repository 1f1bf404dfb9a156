package id.go.kemendagri.siap.api.web;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.api.v1.ApiDocs;
import id.go.kemendagri.siap.api.v1.CursorPage;
import id.go.kemendagri.siap.api.v1.Problem;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3 document of /api/v1 as springdoc generates it from the controllers, with what annotations
 * cannot say: the token scheme, the error answers every operation may give, and a relative server so that
 * the document is the same on every host (it is checked in as docs/api/openapi.json).
 */
@Configuration
class OpenApiConfig {

    static final String TOKEN = "token";

    @Bean
    OpenAPI siapOpenApi() {
        return new OpenAPI()
                .info(new Info().title("SIAP Pilkada read API").version(ApiDocs.VERSION)
                        .description("Readiness per region and province, heads of region, Pj reports, NPHD grants"
                                + " and follow-ups for other systems. Read only; a token an administrator issues"
                                + " (Authorization: Bearer siap_...) names what it may read. See docs/api.md.")
                        .license(new License().name("Data: Kementerian Dalam Negeri; region codes from"
                                + " idn-area-data (ODbL 1.0)")))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(new Components().addSecuritySchemes(TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("siap_<43 characters>")
                        .description("A token issued in the user administration (/admin/pengguna/token-api).")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN));
    }

    /**
     * Makes the schemas say what the JSON is: every property is always present (Jackson writes nulls), and a
     * property that may be null says so in a way validators read (springdoc writes a nullable reference as
     * {@code type: null} beside {@code $ref}, which no object matches, and leaves null out of an enum).
     */
    @Bean
    @SuppressWarnings({ "rawtypes", "unchecked" })
    OpenApiCustomizer strictSchemas() {
        return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.setRequired(new java.util.ArrayList<>(new java.util.TreeSet<>(schema.getProperties().keySet())));
            var properties = (Map<String, Schema>) schema.getProperties();
            properties.replaceAll((name, property) -> nullable(property));
        });
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static Schema nullable(Schema property) {
        var types = property.getTypes();
        if (types == null || !types.contains("null")) {
            return property;
        }
        if (property.get$ref() != null) {
            return new Schema<>().description(property.getDescription()).anyOf(List.of(
                    new Schema<>().$ref(property.get$ref()), new Schema<>().types(java.util.Set.of("null"))));
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            property.getEnum().add(null);
        }
        return property;
    }

    /**
     * Names the page of each list after its items, as the document has always named it: {@code CursorPage<Grant>}
     * is GrantPage (swagger-core would say CursorPageGrant).
     */
    @Bean
    ModelConverter cursorPageNames() {
        return (type, context, chain) -> {
            var java = Json.mapper().constructType(type.getType());
            if (java.getRawClass() == CursorPage.class && type.getName() == null) {
                type.name(TypeNameResolver.std.nameForType(java.containedType(0)) + "Page");
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    /** Every operation may answer 304, 400, 401, 403 and 429; the errors are {@link Problem}s. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            var schemas = ModelConverters.getInstance().read(Problem.class);
            schemas.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            var problem = new Content().addMediaType(Problem.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation
                    .getResponses()
                    .addApiResponse("304", new ApiResponse().description("Not modified: the If-None-Match ETag is current."))
                    .addApiResponse("400", new ApiResponse().description("A parameter is wrong or unknown.").content(problem))
                    .addApiResponse("401", new ApiResponse().description("No token, or an unknown, revoked or expired one.")
                            .content(problem))
                    .addApiResponse("403", new ApiResponse().description("Outside the token's scopes or province.")
                            .content(problem))
                    .addApiResponse("429", new ApiResponse().description("Rate limit reached; see Retry-After.")
                            .content(problem))));
        };
    }
}
