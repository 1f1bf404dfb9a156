package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.support.DemoDataTest;

/** Demo fidelity of the derived items (issue 19): the demo checklists agree with the demo grants and heads. */
class DemoDerivedItemsTest extends DemoDataTest {

    @Test
    void theDemoNeverShowsAnNphdSignedInTheBudgetWhileItsItemSaysOtherwise() {
        var join = """
                select count(*) from checklist_item i join nphd_grant g
                  on g.region_code = i.region_code and g.cycle_id = i.cycle_id
                 and g.recipient = case i.item_code when 'DNA-03' then 'KPU' when 'DNA-04' then 'BAWASLU'
                                                    when 'DNA-05' then 'TNI' else 'POLRI' end
                where i.item_code in ('DNA-03', 'DNA-04', 'DNA-05', 'DNA-06') and i.retired = false
                """;
        assertThat(count(join + " and g.stage = 'SIGNED' and g.not_applicable_reason is null and i.status <> 'SELESAI'"))
                .as("signed in the budget, not done in the daftar periksa").isZero();
        assertThat(count(join + " and i.status = 'SELESAI' and g.stage <> 'SIGNED'"))
                .as("done in the daftar periksa, not signed in the budget").isZero();
        assertThat(count(join + " and g.not_applicable_reason is not null and i.status <> 'TIDAK_BERLAKU'"))
                .as("a grant marked not applicable").isZero();
        assertThat(count(join + " and g.stage = 'SIGNED' and i.status = 'SELESAI'")).isPositive();
    }

    @Test
    void net01IsDoneOnlyWhereAPjRan() {
        assertThat(count("""
                select count(*) from checklist_item i where i.item_code = 'NET-01' and i.status = 'SELESAI'
                  and not exists (select 1 from head_tenure t where t.region_code = i.region_code and t.status = 'PJ'
                                  and t.end_reason = 'RUNNING_IN_PILKADA')
                """)).isZero();
    }
}
