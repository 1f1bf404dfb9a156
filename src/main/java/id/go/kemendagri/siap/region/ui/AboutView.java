package id.go.kemendagri.siap.region.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** About the application and the attribution the ODbL requires for the region data. */
@Route(value = "tentang", layout = MainLayout.class)
@Menu(order = 90, icon = "vaadin:info-circle", title = "menu.about")
@PermitAll
class AboutView extends VerticalLayout implements HasDynamicTitle {

    AboutView() {
        addClassName("about-view");
        setMaxWidth("60rem");
        var source = new Anchor("https://github.com/fityannugroho/idn-area-data", "idn-area-data 4.0.1",
                AnchorTarget.BLANK);
        var odbl = new Anchor("https://opendatacommons.org/licenses/odbl/1-0/", "Open Database License (ODbL) v1.0",
                AnchorTarget.BLANK);
        var attribution = new Paragraph();
        attribution.add(new Text(getTranslation("about.data.before") + " "), source,
                new Text(" " + getTranslation("about.data.middle") + " "), odbl,
                new Text(". " + getTranslation("about.data.after")));
        var licence = new Details(getTranslation("about.licence"),
                new Pre(AboutText.read("reference/idn-area-data/LICENSE-DATA-ODbL.md")));
        var codeLicence = new Details(getTranslation("about.code-licence"),
                new Pre(AboutText.read("reference/idn-area-data/LICENSE-CODE-MIT")));
        add(new H2(getTranslation("app.name")), new Paragraph(getTranslation("about.purpose")),
                new H3(getTranslation("about.data")), attribution, new Paragraph(getTranslation("about.data.codes")),
                licence, codeLicence);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " | " + getTranslation("app.name");
    }
}
