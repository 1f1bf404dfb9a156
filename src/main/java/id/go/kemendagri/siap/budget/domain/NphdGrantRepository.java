package id.go.kemendagri.siap.budget.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.budget.GrantRow;
import id.go.kemendagri.siap.budget.GrantTotals;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.SigningStage;

public interface NphdGrantRepository extends JpaRepository<NphdGrant, Long> {

    String SIGNED = "id.go.kemendagri.siap.budget.SigningStage.SIGNED";

    /** A signed grant with a tranche past its due date whose cumulative transfers have not reached it. */
    String LATE = "(g.stage = " + SIGNED + " and ((g.plan.tranche1Due < :today and g.disbursed < g.plan.tranche1Amount)"
            + " or (g.plan.tranche2Due < :today and g.disbursed < g.agreed)))";

    /**
     * The band is a range of disbursed percent [bandLow, bandHigh) of a signed, non-zero agreement; the
     * comparison is multiplied out so that it stays in whole numbers.
     */
    String FILTER = " from NphdGrant g where g.cycleId = :cycleId"
            + " and (:province is null or g.provinceCode = :province)"
            + " and (:recipient is null or g.recipient = :recipient)"
            + " and (:stage is null or (g.stage = :stage and g.notApplicableReason is null))"
            + " and (:bandLow is null or (g.stage = " + SIGNED + " and g.agreed > 0"
            + "      and g.disbursed * 100 >= g.agreed * :bandLow and g.disbursed * 100 < g.agreed * :bandHigh))"
            + " and (:lateOnly = false or " + LATE + ")";

    /** Slots are created region by region in recipient order, so the id keeps KPU, Bawaslu, TNI, Polri. */
    @Query("select new id.go.kemendagri.siap.budget.GrantRow(g.id, g.regionCode, g.regionName, g.provinceCode,"
            + " g.provinceName, g.recipient, g.stage, g.scheme, g.proposed, g.agreed, g.disbursed, g.nphdNumber,"
            + " g.signedOn, g.plan.tranche1Due, g.plan.tranche2Due, case when " + LATE + " then true else false end, g.demo,"
            + " case when g.notApplicableReason is null then false else true end)"
            + FILTER + " order by g.regionCode, g.id")
    List<GrantRow> findRows(long cycleId, String province, Recipient recipient, SigningStage stage, Integer bandLow,
            Integer bandHigh, boolean lateOnly, LocalDate today, Pageable page);

    /** The rows of some regions that pass the filter, for a grid to redraw just those after a live change. */
    @Query("select new id.go.kemendagri.siap.budget.GrantRow(g.id, g.regionCode, g.regionName, g.provinceCode,"
            + " g.provinceName, g.recipient, g.stage, g.scheme, g.proposed, g.agreed, g.disbursed, g.nphdNumber,"
            + " g.signedOn, g.plan.tranche1Due, g.plan.tranche2Due, case when " + LATE + " then true else false end, g.demo,"
            + " case when g.notApplicableReason is null then false else true end)"
            + FILTER + " and g.regionCode in :regions order by g.regionCode, g.id")
    List<GrantRow> findRowsIn(long cycleId, String province, Recipient recipient, SigningStage stage, Integer bandLow,
            Integer bandHigh, boolean lateOnly, LocalDate today, java.util.Collection<String> regions);

    /** A page for the read API, by id after {@code after}, changed after {@code since} when given. */
    @Query("select g" + FILTER + " and (:region is null or g.regionCode = :region)"
            + " and (:since is null or g.changedAt > :since) and (:after is null or g.id > :after) order by g.id")
    List<NphdGrant> findPage(long cycleId, String province, Recipient recipient, SigningStage stage, Integer bandLow,
            Integer bandHigh, boolean lateOnly, LocalDate today, String region, java.time.Instant since, Long after,
            org.springframework.data.domain.Limit limit);

    @Query("select count(g)" + FILTER)
    long countRows(long cycleId, String province, Recipient recipient, SigningStage stage, Integer bandLow,
            Integer bandHigh, boolean lateOnly, LocalDate today);

    @Query("select new id.go.kemendagri.siap.budget.GrantTotals(count(g), coalesce(sum(g.proposed), 0),"
            + " coalesce(sum(case when g.stage = " + SIGNED + " then g.agreed else 0 end), 0),"
            + " coalesce(sum(g.disbursed), 0))" + FILTER)
    GrantTotals totals(long cycleId, String province, Recipient recipient, SigningStage stage, Integer bandLow,
            Integer bandHigh, boolean lateOnly, LocalDate today);

    /** A grant marked not applicable counts neither among the regions nor as signed; it has its own count. */
    String RECAP = "sum(case when g.notApplicableReason is null then 1 else 0 end),"
            + " sum(case when g.stage = " + SIGNED + " then 1 else 0 end),"
            + " coalesce(sum(case when g.stage = " + SIGNED + " then g.agreed else 0 end), 0),"
            + " coalesce(sum(g.disbursed), 0),"
            + " sum(case when g.stage = " + SIGNED + " and g.agreed > 0 and g.disbursed >= g.agreed then 1 else 0 end),"
            + " sum(case when g.stage = " + SIGNED + " and g.disbursed > 0 and g.disbursed < g.agreed then 1 else 0 end),"
            + " sum(case when g.stage = " + SIGNED + " and g.agreed > 0 and g.disbursed * 100 < g.agreed * :redBelow"
            + " then 1 else 0 end),"
            + " sum(case when g.notApplicableReason is null then 0 else 1 end)";

    /** Per recipient: recipient, regions, signed, agreed, disbursed, full, partial, red, not applicable. */
    @Query("select g.recipient, " + RECAP + " from NphdGrant g where g.cycleId = :cycleId"
            + " and (:province is null or g.provinceCode = :province) group by g.recipient")
    List<Object[]> recapByRecipient(long cycleId, String province, int redBelow);

    /** Per province for one recipient: province code, name, then as above. */
    @Query("select g.provinceCode, g.provinceName, " + RECAP + " from NphdGrant g where g.cycleId = :cycleId"
            + " and g.recipient = :recipient and (:province is null or g.provinceCode = :province)"
            + " group by g.provinceCode, g.provinceName order by g.provinceCode")
    List<Object[]> recapByProvince(long cycleId, Recipient recipient, String province, int redBelow);

    List<NphdGrant> findByCycleIdAndRegionCodeOrderById(long cycleId, String regionCode);

    Optional<NphdGrant> findByCycleIdAndRegionCodeAndRecipient(long cycleId, String regionCode, Recipient recipient);

    List<NphdGrant> findByCycleId(long cycleId);

    long countByCycleIdAndDemoTrue(long cycleId);

    /**
     * Signed grants with a tranche due on or before {@code until} that the transfers have not reached:
     * region code, region name, province code, recipient, agreed, disbursed, tranche I amount, tranche I
     * due, tranche II due.
     */
    @Query("select g.regionCode, g.regionName, g.provinceCode, g.recipient, g.agreed, g.disbursed, g.plan.tranche1Amount,"
            + " g.plan.tranche1Due, g.plan.tranche2Due from NphdGrant g where g.cycleId = :cycleId"
            + " and (:province is null or g.provinceCode = :province) and g.stage = " + SIGNED
            + " and ((g.plan.tranche1Due <= :until and g.disbursed < g.plan.tranche1Amount)"
            + " or (g.plan.tranche2Due <= :until and g.disbursed < g.agreed)) order by g.regionCode, g.id")
    List<Object[]> findOutstandingTranches(long cycleId, String province, LocalDate until);
}
