package id.go.kemendagri.siap.checklist.ui;

import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.checklist.ChecklistTemplateService;
import id.go.kemendagri.siap.checklist.TemplateDetails;
import id.go.kemendagri.siap.checklist.TemplateItemDetails;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The checklist template of the current cycle for evaluators and administrators: the published version,
 * or the draft of the next one with its items to add, change or remove, and publishing it to every
 * region's checklist. A template has a few dozen items, so the grid takes them as a list.
 */
@Route(value = ChecklistTemplateView.PATH, layout = MainLayout.class)
@Menu(order = 23, icon = "vaadin:clipboard-text", title = "menu.checklist.template")
@RolesAllowed({ Role.EVALUATOR_NAME, Role.ADMIN_NAME })
class ChecklistTemplateView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "checklist/templat";

    private final transient ChecklistTemplateService templates;
    final H3 heading = new H3();
    final Paragraph state = new Paragraph();
    final Button startDraft = new Button();
    final Button addItem = new Button();
    final Button publish = new Button();
    final Grid<TemplateItemDetails> grid = new Grid<>();
    private TemplateDetails shown;

    ChecklistTemplateView(ChecklistTemplateService templates) {
        this.templates = templates;
        setSizeFull();
        addClassName("checklist-template-view");
        Fields.button(startDraft, "checklist.template.start-draft", "template-start-draft",
                () -> show(templates.startDraft()));
        Fields.button(addItem, "checklist.template.add", "template-add-item",
                () -> new TemplateItemDialog(shown.id(), null, templates, this::show).open());
        Fields.button(publish, "checklist.template.publish", "template-publish", this::confirmPublish,
                ButtonVariant.LUMO_PRIMARY);
        add(heading, state, new HorizontalLayout(startDraft, addItem, publish), grid());
        show(templates.draft().orElseGet(() -> templates.published().orElse(null)));
    }

    private Grid<TemplateItemDetails> grid() {
        grid.addColumn(TemplateItemDetails::code).setHeader(getTranslation("checklist.template.field.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation("checklist.theme." + i.theme().name()))
                .setHeader(getTranslation("checklist.template.field.theme")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TemplateItemDetails::nameId).setHeader(getTranslation("checklist.template.field.nameId"))
                .setFlexGrow(3);
        grid.addColumn(i -> Formats.date(i.dueDate(), getLocale()) + (i.daysBefore() == null ? ""
                : " (" + getTranslation("checklist.template.due-before", i.daysBefore(), getTranslation(
                        (i.deadlineStage() == null ? ElectionStage.VOTE : i.deadlineStage()).key())) + ")"))
                .setHeader(getTranslation("checklist.column.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> getTranslation(i.evidenceRequired() ? "checklist.evidence.required"
                : "checklist.evidence.optional")).setHeader(getTranslation("checklist.column.evidence"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TemplateItemDetails::weight).setHeader(getTranslation("checklist.template.field.weight"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.derivedFrom() == null ? "" : getTranslation("checklist.derived-source." + i.derivedFrom().name()))
                .setHeader(getTranslation("checklist.template.field.derived")).setKey("derived").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        return grid;
    }

    /** Edit and remove, on a draft's items only (asked again on the click; the service refuses a published one). */
    private LitRenderer<TemplateItemDetails> actions() {
        SerializablePredicate<TemplateItemDetails> draft = item -> shown != null && !shown.published();
        return RowActions.<TemplateItemDetails>create("small")
                .text("edit", getTranslation("checklist.edit"),
                        item -> new TemplateItemDialog(shown.id(), item, templates, this::show).open())
                .shownWhen(draft)
                .text("remove", getTranslation("checklist.template.remove"),
                        item -> show(templates.removeItem(shown.id(), item.code())))
                .theme("error").shownWhen(draft)
                .renderer();
    }

    private void confirmPublish() {
        var dialog = new ConfirmDialog(getTranslation("checklist.template.publish"),
                getTranslation("checklist.template.publish.confirm", shown.versionNo()),
                getTranslation("checklist.template.publish"), e -> publishDraft());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("checklist.cancel"));
        dialog.open();
    }

    void publishDraft() {
        try {
            show(templates.publish(shown.id()));
            Toasts.show(getTranslation("checklist.template.published", shown.versionNo()), NotificationVariant.LUMO_SUCCESS, 5000);
        } catch (InvalidInputException e) {
            Toasts.show(getTranslation(e.fieldErrors().values().iterator().next()), NotificationVariant.LUMO_ERROR, 5000);
        }
    }

    private void show(TemplateDetails template) {
        shown = template;
        var draft = template != null && !template.published();
        heading.setText(template == null ? getTranslation("checklist.template.none")
                : getTranslation(draft ? "checklist.template.draft" : "checklist.template.version",
                        template.versionNo()));
        state.setText(template == null || draft ? getTranslation("checklist.template.draft.hint")
                : getTranslation("checklist.template.published-by", template.publishedBy(),
                        Formats.dateTime(template.publishedAt(), getLocale())));
        startDraft.setVisible(!draft);
        addItem.setVisible(draft);
        publish.setVisible(draft);
        grid.setItems(template == null ? java.util.List.of() : template.items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.template.title") + " | " + getTranslation("app.name");
    }
}
