package id.go.kemendagri.siap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;

/**
 * The rules of docs/architecture.md within a module, which Spring Modulith does not see ({@link ModulesTest}
 * checks the modules themselves: declared dependencies, internals, cycles): {@code domain/} and services free of
 * Vaadin, views without repositories, {@code base} depending on no feature, the live-update edge used by views
 * only, grid cells drawn in the browser, and spreadsheets written safely.
 */
@AnalyzeClasses(packages = "id.go.kemendagri.siap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "id.go.kemendagri.siap";

    @ArchTest
    static final ArchRule domain_knows_neither_vaadin_nor_views = noClasses()
            .that().resideInAPackage(ROOT + ".*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..")
            .as("domain/ packages know JPA and base, never Vaadin or a ui package");

    @ArchTest
    static final ArchRule services_do_not_use_vaadin = noClasses()
            .that().resideInAPackage(ROOT + ".(*)")
            .and().resideOutsideOfPackages(ROOT + ".liveupdate", ROOT + ".base.ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .as("a feature's services and records (its root package) never import Vaadin; only liveupdate, the push edge, may");

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .as("views go through services, never a Spring Data repository");

    @ArchTest
    static final ArchRule csv_is_written_only_through_spreadsheet_csv = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".base.SpreadsheetCsv")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching("print.*|format"))
                    .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("CSVFormat")))))
            .as("every CSV the application writes goes through base.SpreadsheetCsv, which neutralises formulas");

    @ArchTest
    static final ArchRule xlsx_cells_are_never_formulas = noClasses()
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("setCellFormula")))
            .as("XLSX exports write values, never formulas: a user's text stays a text cell");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that().resideInAPackage(ROOT + ".base..")
            .should().dependOnClassesThat(inAFeatureOtherThan("base"))
            .as("base is the shared kernel: it depends on no feature");

    @ArchTest
    static final ArchRule only_views_use_the_live_update_edge = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".liveupdate..", "..ui..")
            .and().resideInAPackage(ROOT + "..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".Application")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".liveupdate..")
            .as("services publish events; only views subscribe through liveupdate");

    @ArchTest
    static final ArchRule grid_cells_are_drawn_in_the_browser = noClasses()
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("addComponentColumn")))
            .orShould().dependOnClassesThat().haveFullyQualifiedName(
                    "com.vaadin.flow.data.renderer.ComponentRenderer")
            .as("grid cells are LitRenderers (base.ui.Pieces, RowActions, RowDownloads), never a server-side component"
                    + " per row and cell");

    static String feature(JavaClass type) {
        var pkg = type.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return null;
        }
        var rest = pkg.substring(ROOT.length() + 1);
        var dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static DescribedPredicate<JavaClass> inAFeatureOtherThan(String feature) {
        return DescribedPredicate.describe("in a feature other than " + feature, type -> {
            var other = feature(type);
            return other != null && !other.equals(feature);
        });
    }
}
