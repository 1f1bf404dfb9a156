package id.go.kemendagri.siap.notification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import id.go.kemendagri.siap.notification.domain.Notification;

/**
 * Renders a mail from the Thymeleaf templates {@code mail/notification.html} and {@code mail/notification.txt}
 * (the plain-text alternative) with texts in the recipient's language; every link is absolute
 * ({@code siap.notification.base-url}), every kind in the mail has its signed one-click unsubscribe link.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailComposer {

    /** A rendered mail. */
    public record Rendered(String subject, String text, String html, String unsubscribe) {
    }

    /** One notification in a mail, for the templates. */
    public record Line(String kind, String text, String url) {
    }

    /** One unsubscribe link, for the templates. */
    public record Unsubscribe(String label, String url) {
    }

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final NotificationProperties properties;

    public Rendered render(String username, String fullName, Locale locale, boolean digest, List<Notification> items,
            String linkKey) {
        var lines = items.stream().map(n -> new Line(NotificationTexts.get(locale, "notification.kind-name." + n.getKind()),
                NotificationTexts.text(locale, n.getKind(), n.getArgs()), url(n.getLink()))).toList();
        var kinds = items.stream().map(Notification::getKind).distinct().toList();
        var unsubscribe = new ArrayList<Unsubscribe>();
        for (var kind : kinds) {
            unsubscribe.add(new Unsubscribe(NotificationTexts.get(locale, "mail.unsubscribe",
                    NotificationTexts.get(locale, "notification.kind-name." + kind)), unsubscribeUrl(username, kind, linkKey)));
        }
        var subject = digest ? NotificationTexts.get(locale, "mail.subject.digest", items.size())
                : NotificationTexts.get(locale, "mail.subject." + kinds.get(0));
        var context = new Context(locale);
        context.setVariables(Map.of(
                "lang", locale.getLanguage(),
                "subject", subject,
                "greeting", NotificationTexts.get(locale, "mail.greeting", fullName),
                "intro", NotificationTexts.get(locale, digest ? "mail.intro.digest" : "mail.intro.single"),
                "lines", lines,
                "openLabel", NotificationTexts.get(locale, "mail.open"),
                "settingsLabel", NotificationTexts.get(locale, "mail.settings"),
                "settingsUrl", url("kotak-masuk/pengaturan"),
                "unsubscribe", unsubscribe,
                "footer", NotificationTexts.get(locale, "mail.footer")));
        return new Rendered(subject, text.process("notification", context), html.process("notification", context),
                unsubscribe.isEmpty() ? null : unsubscribe.get(0).url());
    }

    String url(String route) {
        var base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
        return base + route;
    }

    String unsubscribeUrl(String username, NotificationKind kind, String linkKey) {
        return url("berhenti-langganan?u=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&k=" + kind
                + "&s=" + sign(username, kind, linkKey));
    }

    /** HMAC-SHA256 of user and kind with the user's own key: the link cannot be made for anyone else. */
    static String sign(String username, NotificationKind kind, String linkKey) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(linkKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((username + ":" + kind).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
