package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TransferDraft;
import id.go.kemendagri.siap.checklist.DerivedItems;
import id.go.kemendagri.siap.leadership.CampaignLeaveService;
import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.leadership.MutableClock;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * A derived item's "Buka sumber" is a plain address ({@code wilayah/63.03?buka=...}) that opens the region page on the
 * one source record, marked and scrolled to: the recipient's grant, the transfer that completed a tranche, the
 * tenure (with its campaign leave), the Pj's ended tenure in the unfolded history. Followed here as a fresh page would
 * open it (the address only), in region 63.03, reset before each test.
 */
@Import(LeadershipTestSupport.class)
class DerivedSourceLinkTest extends UiTest {

    static final String REGION = "63.03";
    static final long AGREED = 8_000_000_000L;
    static final String MARKED = "source-record";

    @Autowired
    BudgetService budget;
    @Autowired
    HeadTenureService tenures;
    @Autowired
    CampaignLeaveService leaves;
    @Autowired
    DerivedItems derived;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    /** The region page the link opened. */
    private Element page;

    @BeforeEach
    void reset() {
        LeadershipTestSupport.clean(jdbc, clock);
        id.go.kemendagri.siap.checklist.ChecklistTestSupport.resetGrants(jdbc, REGION);
        derived.recompute(REGION);
        Users.evaluator();
    }

    @AfterEach
    void cleanUp() {
        LeadershipTestSupport.clean(jdbc, clock);
        derived.recompute(REGION);
        Users.signOut();
    }

    private void sign(Recipient recipient) {
        budget.save(REGION, recipient, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, AGREED, AGREED,
                "NPHD/63/2024", LocalDate.of(2024, 6, 10), 40, budget.find(REGION, recipient).version()));
    }

    /** Opens the item's card on the region page and follows its "Buka sumber" link by its address alone. */
    private String follow(String itemCode) {
        navigate("tentang", Component.class);
        navigate("wilayah/" + REGION, Component.class);
        var card = $(RegionChecklistPanel.class).single().open(itemCode);
        var link = card.getElement().getChildren().flatMap(DerivedSourceLinkTest::tree)
                .filter(e -> e.getClassList().contains("derived-link")).findFirst().orElseThrow();
        var href = link.getAttribute("href");
        assertThat(link.getComponent()).get().isInstanceOf(Anchor.class);
        navigate("tentang", Component.class);
        page = navigateAs(null, href, Component.class).getElement();
        return href;
    }

    private static java.util.stream.Stream<Element> tree(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(DerivedSourceLinkTest::tree));
    }

    private Element byId(String id) {
        return tree(page).filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    private List<Element> marked() {
        return tree(page).filter(e -> e.getClassList().contains(MARKED)).toList();
    }

    /** The keys of the rows of the browser-drawn tables under {@code root} that carry the marker. */
    private static List<String> markedRows(Element root) {
        var keys = new ArrayList<String>();
        tree(root).filter(e -> "siap-panel".equals(e.getTag())).forEach(panel -> {
            // The rows are fed as a JSON text (base.ui.chart.Feed).
            if (panel.getPropertyRaw("rows") instanceof String json && !json.isBlank()) {
                new tools.jackson.databind.ObjectMapper().readTree(json).forEach(row -> {
                    if (row.get("cells").toString().contains(MARKED)) {
                        keys.add(row.get("key").asString());
                    }
                });
            }
        });
        return keys;
    }

    @Test
    void nphdItemLinksToTheRecipientsGrant() {
        sign(Recipient.BAWASLU);

        var href = follow("DNA-04");

        assertThat(href).isEqualTo("wilayah/63.03?buka=hibah-bawaslu");
        assertThat(byId("grant-bawaslu").getClassList()).as("the grant marked").contains(MARKED);
        assertThat(byId("grant-kpu").getClassList()).doesNotContain(MARKED);
        assertThat(PageText.of(byId("grant-bawaslu").getComponent().orElseThrow())).contains("Sumber butir daftar periksa");
    }

    @Test
    void trancheItemLinksToTheTransferThatCompletedItOrTheTrancheStillWaiting() {
        for (var recipient : new Recipient[] {Recipient.TNI, Recipient.POLRI}) {
            budget.markNotApplicable(REGION, recipient, "Dibiayai APBN", budget.find(REGION, recipient).version());
        }
        sign(Recipient.KPU);
        sign(Recipient.BAWASLU);
        var kpu = budget.addTransfer(REGION, Recipient.KPU, new TransferDraft(1, LocalDate.of(2024, 7, 1), AGREED * 40 / 100,
                "SP2D-63-1", budget.find(REGION, Recipient.KPU).version()));

        assertThat(follow("DNA-07")).as("Bawaslu's tranche I is still waiting").isEqualTo("wilayah/63.03?buka=tahap-1-bawaslu");
        assertThat(markedRows(byId("grant-bawaslu"))).containsExactly("1");
        assertThat(markedRows(byId("grant-kpu"))).isEmpty();

        var bawaslu = budget.addTransfer(REGION, Recipient.BAWASLU, new TransferDraft(1, LocalDate.of(2024, 7, 3),
                AGREED * 40 / 100, "SP2D-63-2", budget.find(REGION, Recipient.BAWASLU).version()));
        var last = bawaslu.transfers().getFirst().id();

        assertThat(follow("DNA-07")).isEqualTo("wilayah/63.03?buka=penyaluran-" + last);
        assertThat(markedRows(byId("grant-bawaslu"))).as("the transfer that completed tranche I last")
                .containsExactly(Long.toString(last));
        assertThat(markedRows(byId("grant-kpu"))).doesNotContain(Long.toString(kpu.transfers().getFirst().id()));
    }

    @Test
    void pjsItemLinksToTheIncumbentsTenureWithItsCampaignLeave() {
        var head = tenures.appoint(REGION, LeadershipTestSupport.electedBupati("H. Petahana Tapin"));
        leaves.record(head.id(), LeadershipTestSupport.pjsForTheCampaign("Drs. Pjs Tapin", head.version()));

        assertThat(follow("NET-04")).isEqualTo("wilayah/63.03?buka=masa-jabatan-" + head.id());

        var current = marked().stream().filter(e -> e.getClassList().contains("current-head")).findFirst();
        assertThat(current).as("the current head's panel marked").isPresent();
        assertThat(PageText.of(current.get().getComponent().orElseThrow())).contains("Sumber butir daftar periksa",
                "Drs. Pjs Tapin", "20 Sep 2024");
    }

    @Test
    void pjResignedItemLinksToTheEndedTenureInTheUnfoldedHistory() {
        var pj = tenures.appoint(REGION, LeadershipTestSupport.pjBupati("Ir. Pj Tapin", LocalDate.of(2023, 5, 22)));
        tenures.end(pj.id(), new EndDraft(LocalDate.of(2024, 7, 17), EndReason.RUNNING_IN_PILKADA, pj.version()));

        assertThat(follow("NET-01")).isEqualTo("wilayah/63.03?buka=masa-jabatan-" + pj.id());

        var history = marked().stream().filter(e -> e.getClassList().contains("tenure-history")).findFirst().orElseThrow();
        assertThat(history.getProperty("folded", "x")).as("unfolded").isEmpty();
        assertThat(history.getComponent().orElseThrow().isVisible()).isTrue();
        assertThat(markedRows(history)).containsExactly(Long.toString(pj.id()));
    }
}
