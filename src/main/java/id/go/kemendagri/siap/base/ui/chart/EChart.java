package id.go.kemendagri.siap.base.ui.chart;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * An Apache ECharts chart ({@code <siap-chart>}, frontend/components/siap-chart.js). Give it a
 * {@link ChartModel}; it sends the chart option with every value formatted on the server. A new model is
 * merged into the drawn chart, so live updates animate instead of redrawing. The element has
 * {@code role="img"} and an {@code aria-label} that reads every value; {@link ChartCard} adds a heading and a
 * table for those who want the numbers. Height 320 px unless set.
 */
@Tag("siap-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/siap-chart.js")
public class EChart extends Component implements HasSize, HasStyle {

    public EChart() {
        setHeight("320px");
        setWidthFull();
        getElement().setAttribute("role", "img");
    }

    public EChart(ChartModel model) {
        this();
        setModel(model);
    }

    /**
     * A chart ready to show: the option as JSON text and the spoken summary. Made once and shown by any
     * number of charts (screens in other sessions share the same strings instead of each keeping a copy).
     */
    public record Drawing(String option, String summary) {

        /** The model with its values formatted in this locale. */
        public static Drawing of(ChartModel model, Locale locale) {
            return new Drawing(ChartOptions.option(model, locale).toString(), ChartOptions.summary(model, locale));
        }
    }

    /** Shows the model (values formatted in the component's locale); the drawn chart is updated, not rebuilt. */
    public void setModel(ChartModel model) {
        show(Drawing.of(model, getLocale()));
    }

    /** Shows a drawing made once for many charts; the drawn chart is merged, not rebuilt. */
    public void show(Drawing drawing) {
        // The element parses the JSON text (siap-chart.js accepts a string as well as an object).
        getElement().setProperty("option", drawing.option());
        getElement().setAttribute("aria-label", drawing.summary());
    }

}
