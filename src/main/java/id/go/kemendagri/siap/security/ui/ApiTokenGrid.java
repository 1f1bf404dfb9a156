package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.LazyGrid;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.security.ApiTokenDetails;
import id.go.kemendagri.siap.security.ApiTokenService;

/** Tokens, newest first, paged lazily: what each reads, until when, when it was last used; revoke, see calls. */
class ApiTokenGrid extends Grid<ApiTokenDetails> {

    private final transient ApiTokenService tokens;
    private final transient Clock clock;
    private final transient Runnable changed;
    private final Map<String, String> provinceNames;

    ApiTokenGrid(ApiTokenService tokens, BooleanSupplier usableOnly, Map<String, String> provinceNames, Clock clock,
            Runnable changed) {
        this.tokens = tokens;
        this.clock = clock;
        this.changed = changed;
        this.provinceNames = provinceNames;
        addClassName("api-token-grid");
        addColumn(ApiTokenDetails::name).setHeader(getTranslation("api-tokens.column.name")).setFlexGrow(2)
                .setWidth("10rem").setKey("name").setTooltipGenerator(ApiTokenDetails::name);
        addColumn(t -> t.prefix() + "…").setHeader(getTranslation("api-tokens.column.prefix")).setWidth("8.5rem")
                .setFlexGrow(0).setKey("prefix");
        addColumn(this::scopes).setHeader(getTranslation("api-tokens.column.scopes")).setFlexGrow(2).setWidth("12rem")
                .setKey("scopes").setTooltipGenerator(this::scopes);
        addColumn(this::province).setHeader(getTranslation("api-tokens.column.province")).setWidth("9rem")
                .setFlexGrow(1).setKey("province");
        addColumn(Pieces.cell(token -> List.of(status(token)))).setHeader(getTranslation("api-tokens.column.status"))
                .setWidth("13rem")
                .setFlexGrow(0).setKey("status");
        addColumn(t -> t.lastUsedAt() == null ? getTranslation("api-tokens.never")
                : Formats.dateTime(t.lastUsedAt(), getLocale())).setHeader(getTranslation("api-tokens.column.last-used"))
                .setWidth("11rem").setFlexGrow(0).setKey("lastUsed");
        addColumn(t -> Formats.date(t.createdAt().atZone(Formats.WIB).toLocalDate(), getLocale()))
                .setHeader(getTranslation("api-tokens.column.created")).setWidth("8.5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> Formats.dateTime(t.createdAt(), getLocale()) + " · " + t.createdBy());
        addColumn(buttons()).setHeader(getTranslation("users.column.actions")).setWidth("6.5rem")
                .setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        LazyGrid.feed(this, page -> tokens.page(usableOnly.getAsBoolean(), page),
                () -> tokens.count(usableOnly.getAsBoolean()), ApiTokenDetails::id);
    }

    private String scopes(ApiTokenDetails token) {
        return String.join(", ", token.scopes().stream().sorted()
                .map(s -> getTranslation("api-scope." + s.label())).toList());
    }

    private String province(ApiTokenDetails token) {
        return token.provinceCode() == null ? getTranslation("api-tokens.all-provinces")
                : token.provinceCode() + " " + provinceNames.getOrDefault(token.provinceCode(), "");
    }

    private Piece status(ApiTokenDetails token) {
        var status = token.status(clock.instant());
        var badge = Piece.badge(switch (status) {
            case ACTIVE -> getTranslation("api-tokens.status.active",
                    Formats.date(token.expiresAt().atZone(Formats.WIB).toLocalDate().minusDays(1), getLocale()));
            case EXPIRED -> getTranslation("api-tokens.status.expired");
            case REVOKED -> getTranslation("api-tokens.status.revoked");
        }, switch (status) {
            case ACTIVE -> "success";
            case EXPIRED -> "contrast";
            case REVOKED -> "error";
        });
        return status == ApiTokenDetails.Status.REVOKED
                ? badge.withTitle(Formats.dateTime(token.revokedAt(), getLocale()) + " · " + token.revokedBy())
                : badge;
    }

    /** The token's calls; revoke while it is not revoked (checked again on the click, and by the version). */
    private LitRenderer<ApiTokenDetails> buttons() {
        return RowActions.<ApiTokenDetails>create("tertiary-inline")
                .icon("calls", "vaadin:list", getTranslation("api-tokens.action.calls"),
                        token -> getUI().ifPresent(ui -> ui.navigate(ApiCallView.class,
                                QueryParameters.of(ApiCallView.TOKEN, Long.toString(token.id())))))
                .icon("revoke", "vaadin:ban", getTranslation("api-tokens.action.revoke"), this::confirmRevoke)
                .theme("error").className("revoke").enabledWhen(token -> token.revokedAt() == null)
                .renderer();
    }

    void confirmRevoke(ApiTokenDetails token) {
        var confirm = new ConfirmDialog(getTranslation("api-tokens.revoke.title", token.name()),
                getTranslation("api-tokens.revoke.text"), getTranslation("api-tokens.revoke.confirm"),
                e -> revoke(token), getTranslation("user.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void revoke(ApiTokenDetails token) {
        try {
            var revoked = tokens.revoke(token.id(), token.version());
            FieldErrors.notify(getTranslation("api-tokens.revoked", revoked.name()), NotificationVariant.LUMO_SUCCESS);
        } catch (StaleDataException e) {
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
        }
        changed.run();
    }
}
