package id.go.kemendagri.siap.leadership.ui;

import java.util.function.Consumer;

import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * A heads dialog that changes one tenure (end it, extend it, record its campaign leave): the title names the
 * person, the footer is the heads dialogs' save and cancel ({@link DialogFields#buttons}), and every save goes
 * against the version of the tenure as the form was opened. Only a refused stale save moves that tenure to the
 * current version ({@link #catchUp()}), so that applying what was typed saves against what the user has now seen.
 *
 * @param <D> the draft record the service's change takes
 */
abstract class TenureDialog<D extends Record> extends DraftDialog<D> {

    /** The tenure as the form was opened; only a refused stale save moves it to the current version. */
    protected TenureDetails tenure;
    protected final transient HeadTenureService tenures;

    /** @param titleKey the title's translation key, {@code {0}} the person's name */
    protected TenureDialog(Class<D> draftType, String className, String titleKey, TenureDetails tenure,
            HeadTenureService tenures, Runnable onSaved) {
        super(draftType, className, onSaved);
        this.tenure = tenure;
        this.tenures = tenures;
        setHeaderTitle(getTranslation(titleKey, tenure.personName()));
        DialogFields.buttons(this, this::save);
    }

    /** The save button and "apply mine" of a conflict: sends the form's draft through {@link #submit}. */
    abstract void save();

    /** Sends the draft with the version of {@link #tenure}. */
    @Override
    protected void submit(Consumer<D> write, String savedKey, Consumer<D> onStale) {
        form.keep("version", tenure.version());
        super.submit(write, savedKey, onStale);
    }

    /** After a refused stale save: the tenure as stored now (or as seen when it is gone) becomes {@link #tenure}. */
    protected TenureDetails catchUp() {
        tenure = DialogFields.storedNow(tenures, tenure);
        return tenure;
    }
}
