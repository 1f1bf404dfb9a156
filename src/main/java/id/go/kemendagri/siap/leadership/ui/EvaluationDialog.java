package id.go.kemendagri.siap.leadership.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.leadership.EvaluationDetails;
import id.go.kemendagri.siap.leadership.EvaluationDraft;
import id.go.kemendagri.siap.leadership.EvaluationService;
import id.go.kemendagri.siap.leadership.IndicatorDetails;
import id.go.kemendagri.siap.leadership.Recommendation;
import id.go.kemendagri.siap.leadership.ReportSlot;

/**
 * Scores a received report: 0-100 per active indicator, grouped by aspect, the ASN neutrality score, the
 * recommendation and a note. The service decides the category and band from them.
 * <p>
 * The fields are bound to an {@link EvaluationDraft} through a {@link DraftForm}, the indicators' fields together
 * as its {@code scores} ({@link ScoreFields}); the service checks everything again.
 */
class EvaluationDialog extends DraftDialog<EvaluationDraft> {

    final Map<Long, IntegerField> scores = new LinkedHashMap<>();
    final IntegerField neutrality = new IntegerField();
    final Select<Recommendation> recommendation = new Select<>();
    final TextArea note = new TextArea();
    final Div preview = new Div();
    private final Map<Long, String> indicatorNames = new LinkedHashMap<>();
    private final ReportSlot slot;
    /** The evaluation as the form was opened (null: none yet); only a refused stale save moves it. */
    private EvaluationDetails existing;
    private final transient EvaluationService evaluations;

    EvaluationDialog(ReportSlot slot, EvaluationDetails existing, List<IndicatorDetails> indicators,
            EvaluationService evaluations, Runnable onSaved) {
        super(EvaluationDraft.class, "evaluation-dialog", onSaved);
        this.slot = slot;
        this.existing = existing;
        this.evaluations = evaluations;
        setHeaderTitle(getTranslation("heads.evaluate.title", slot.periodNumber(),
                Formats.date(slot.dueOn(), getLocale())));
        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        var aspect = (Object) null;
        for (var indicator : indicators) {
            if (indicator.aspect() != aspect) {
                aspect = indicator.aspect();
                var heading = new H4(getTranslation("leadership.aspect." + indicator.aspect().name()));
                layout.add(heading, 2);
            }
            var field = ScoreFields.score(new IntegerField(), indicator.name());
            scores.put(indicator.id(), field);
            indicatorNames.put(indicator.id(), indicator.name());
            layout.add(field);
        }
        layout.add(new H4(getTranslation("heads.evaluate.result")), 2);
        ScoreFields.score(neutrality, getTranslation("heads.field.neutrality"));
        neutrality.setHelperText(getTranslation("heads.field.neutrality.helper", evaluations.neutralityArguments()));
        DialogFields.select(recommendation, "heads.field.recommendation", Recommendation.values(),
                r -> "leadership.recommendation." + r.name());
        Fields.text(note, "heads.field.note", 1000, null);
        // The fields' own min/max checks would mark them without a word; the draft's constraints explain instead.
        form.binder().setDefaultValidatorsEnabled(false);
        form.bind(new ScoreFields(scores), "scores");
        form.bind(neutrality, "neutralityScore");
        form.bind(recommendation, "recommendation");
        form.bind(note, "note");
        fill(existing);
        layout.add(neutrality, recommendation);
        layout.add(note, 2);
        preview.addClassName("evaluation-preview");
        scores.values().forEach(field -> field.addValueChangeListener(e -> showPreview()));
        neutrality.addValueChangeListener(e -> showPreview());
        add(layout, preview);
        showPreview();
        DialogFields.buttons(this, this::save);
        setWidth("min(52rem, 95vw)");
    }

    private void fill(EvaluationDetails evaluation) {
        form.read(evaluation == null ? new EvaluationDraft(Map.of(), null, null, "", null)
                : new EvaluationDraft(evaluation.scores(), evaluation.neutralityScore(), evaluation.recommendation(),
                        evaluation.note() == null ? "" : evaluation.note(), evaluation.version()));
    }

    /** The category and band these scores would give, before saving (the service decides on save). */
    void showPreview() {
        var result = evaluations.preview(scores.values().stream().map(IntegerField::getValue).toList(), scores.size(),
                neutrality.getValue());
        preview.removeAll();
        preview.add(new Span(getTranslation("heads.evaluate.preview", result.met(), result.total(), result.scored())),
                Badges.category(this, result.category()).toSpan(), Badges.band(this, result.band()).toSpan());
    }

    void save() {
        form.keep("version", existing == null ? null : existing.version());
        form.save(draft -> evaluations.evaluate(slot.id(), draft), saved -> {
            FieldErrors.notify(getTranslation("heads.evaluate.saved",
                    getTranslation("leadership.category." + saved.category().name()), saved.percentMet()),
                    NotificationVariant.LUMO_SUCCESS);
            closeAndRefresh();
        }, this::stale);
    }

    /** Someone evaluated this report first: their scores and result beside the ones typed, indicator by indicator. */
    private void stale(EvaluationDraft mine) {
        var now = evaluations.ofTenure(slot.tenureId()).stream().filter(e -> e.reportId() == slot.id()).findFirst()
                .orElse(null);
        existing = now;
        var rows = new ArrayList<ConflictPanel.Row>();
        indicatorNames.forEach((id, name) -> rows.add(new ConflictPanel.Row(name,
                DialogFields.text(now == null ? null : now.scores().get(id)), DialogFields.text(mine.scores().get(id)))));
        rows.add(DialogFields.row(this, "heads.field.neutrality", DialogFields.text(now == null ? null
                : now.neutralityScore()), DialogFields.text(mine.neutralityScore())));
        rows.add(DialogFields.row(this, "heads.field.recommendation", DialogFields.label(this,
                "leadership.recommendation.", now == null ? null : now.recommendation()),
                DialogFields.label(this, "leadership.recommendation.", mine.recommendation())));
        rows.add(DialogFields.row(this, "heads.field.note", now == null ? null : now.note(), mine.note()));
        form.showConflict(conflict, DialogFields.staleText(form, true, now == null ? null : now.updatedBy(),
                now == null ? null : now.updatedAt()),
                rows, this::save, () -> {
                    fill(now);
                    showPreview();
                });
    }
}
