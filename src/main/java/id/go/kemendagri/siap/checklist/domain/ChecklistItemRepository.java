package id.go.kemendagri.siap.checklist.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.checklist.Verification;

/**
 * Items and the aggregate figures over them. Every read is one statement: items come with their
 * template wording through a join, and "overdue" is computed in the query from the day the caller
 * passes (from the injected clock).
 */
public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    String DETAILS = """
            select new id.go.kemendagri.siap.checklist.ChecklistItemDetails(i.id, i.regionCode, i.provinceCode,
                i.itemCode, t.theme, t.sortOrder, t.nameId, t.nameEn, t.guidanceId, t.guidanceEn, t.legalBasis,
                t.dueDate, t.evidenceRequired, t.weight, i.retired, i.status, i.note, i.evidenceKind, i.evidenceLink,
                i.evidenceFile.name, i.evidenceFile.size, i.evidenceFile.sha256, i.verification, i.changedSinceVerification,
                i.returnReason, i.submittedAt, i.verifiedAt, i.verifiedBy, i.completedOn, i.updatedAt, i.updatedBy,
                i.demo, i.version,
                case when i.retired = false and i.status in :open and t.dueDate < :today then true else false end,
                t.derivedFrom, i.sourceStatus, i.sourceTextId, i.sourceTextEn, i.sourceLink)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            """;

    String TASKS = """
            where i.cycleId = :cycleId and i.retired = false
              and (:province is null or i.provinceCode = :province)
              and (i.verification = :returned or i.status in :open and t.dueDate < :today or i.status = :inProgress)
            """;

    String WAITING = """
            where i.cycleId = :cycleId and i.retired = false and i.verification = :waiting
              and (:province is null or i.provinceCode = :province)
              and (:theme is null or t.theme = :theme)
            """;

    String RETURNED = """
            where i.cycleId = :cycleId and i.retired = false and i.verification = :returned
              and (:province is null or i.provinceCode = :province)
            """;

    String DUE_BY = """
            where i.cycleId = :cycleId and i.retired = false and (:province is null or i.provinceCode = :province)
              and i.status in :open and t.dueDate <= :until
            """;

    /** Sums shared by the recap queries; see {@link id.go.kemendagri.siap.checklist.Readiness} for the weights. */
    String FIGURES = """
            count(distinct i.regionCode), count(i),
            sum(case when i.status = :done and i.completedOn <= t.dueDate then 1 else 0 end),
            sum(case when i.status = :done and i.completedOn > t.dueDate then 1 else 0 end),
            sum(case when i.status in :open and t.dueDate >= :today then 1 else 0 end),
            sum(case when i.status in :open and t.dueDate < :today then 1 else 0 end),
            sum(case when i.status = :notApplicable then 1 else 0 end),
            sum(case when i.verification = :waiting then 1 else 0 end),
            sum(case when i.verification = :verified and i.status = :done then t.weight else 0 end),
            sum(case when i.verification = :verified and i.status = :notApplicable then 0 else t.weight end),
            sum(case when i.status = :done then t.weight else 0 end),
            sum(case when i.status = :notApplicable then 0 else t.weight end)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false
              and (:province is null or i.provinceCode = :province)
              and (:region is null or i.regionCode = :region)
            """;

    @Query(DETAILS + " where i.cycleId = :cycleId and i.regionCode = :region order by t.sortOrder, i.itemCode")
    List<ChecklistItemDetails> findRegionItems(long cycleId, String region, Collection<ItemStatus> open,
            LocalDate today);

    @Query(DETAILS + " where i.id = :id")
    Optional<ChecklistItemDetails> findDetails(long id, Collection<ItemStatus> open, LocalDate today);

    @Query(DETAILS + TASKS + """
            order by case when i.verification = :returned then 0
                          when i.status in :open and t.dueDate < :today then 1 else 2 end,
                     t.dueDate, i.regionCode, t.sortOrder
            """)
    List<ChecklistItemDetails> findTasks(long cycleId, String province, Verification returned, ItemStatus inProgress,
            Collection<ItemStatus> open, LocalDate today, Pageable page);

    /** Which of the given items are on the task list now, for redrawing just those after a live change. */
    @Query(DETAILS + TASKS + " and i.id in :ids")
    List<ChecklistItemDetails> findTasksIn(long cycleId, String province, Verification returned, ItemStatus inProgress,
            Collection<ItemStatus> open, LocalDate today, Collection<Long> ids);

    /** The given items of the cycle as stored now, within a province (null: all). */
    @Query(DETAILS + " where i.cycleId = :cycleId and (:province is null or i.provinceCode = :province)"
            + " and i.id in :ids")
    List<ChecklistItemDetails> findDetailsIn(long cycleId, String province, Collection<ItemStatus> open,
            LocalDate today, Collection<Long> ids);

    @Query("select count(i) from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId " + TASKS)
    long countTasks(long cycleId, String province, Verification returned, ItemStatus inProgress,
            Collection<ItemStatus> open, LocalDate today);

    @Query(DETAILS + WAITING + " order by i.submittedAt, i.id")
    List<ChecklistItemDetails> findWaiting(long cycleId, String province, Theme theme, Verification waiting,
            Collection<ItemStatus> open, LocalDate today, Pageable page);

    /** Which of the given items wait for verification now (under the queue's filter). */
    @Query(DETAILS + WAITING + " and i.id in :ids")
    List<ChecklistItemDetails> findWaitingIn(long cycleId, String province, Theme theme, Verification waiting,
            Collection<ItemStatus> open, LocalDate today, Collection<Long> ids);

    @Query("select count(i) from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId " + WAITING)
    long countWaiting(long cycleId, String province, Theme theme, Verification waiting);

    /** Items sent back to their region, the longest returned first (a start page's short list). */
    @Query(DETAILS + RETURNED + " order by i.verifiedAt, i.id")
    List<ChecklistItemDetails> findReturned(long cycleId, String province, Verification returned,
            Collection<ItemStatus> open, LocalDate today, Pageable page);

    @Query("select count(i) from ChecklistItem i " + RETURNED)
    long countReturned(long cycleId, String province, Verification returned);

    /**
     * Open items whose deadline passed or comes by {@code until}: those still ahead first (nearest first),
     * then the overdue ones (oldest deadline first).
     */
    @Query(DETAILS + DUE_BY + """
            order by case when t.dueDate >= :today then 0 else 1 end, t.dueDate, i.regionCode, t.sortOrder
            """)
    List<ChecklistItemDetails> findDueBy(long cycleId, String province, Collection<ItemStatus> open, LocalDate today,
            LocalDate until, Pageable page);

    /** One row: the open items past their deadline, and those due from today to {@code until}. */
    @Query("""
            select sum(case when t.dueDate < :today then 1 else 0 end),
                   sum(case when t.dueDate >= :today then 1 else 0 end)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            """ + DUE_BY)
    List<Object[]> countDueBy(long cycleId, String province, Collection<ItemStatus> open, LocalDate today,
            LocalDate until);

    /**
     * Per region with open items due by {@code nextWeek}: the open items 1-7 days late (deadline from
     * {@code weekAgo} to yesterday), 8-30 days late (from {@code monthAgo}), more than 30 days late, and those due
     * from today to {@code nextWeek}. One aggregate statement for the boards.
     */
    @Query("""
            select i.regionCode,
                   sum(case when t.dueDate < :today and t.dueDate >= :weekAgo then 1 else 0 end),
                   sum(case when t.dueDate < :weekAgo and t.dueDate >= :monthAgo then 1 else 0 end),
                   sum(case when t.dueDate < :monthAgo then 1 else 0 end),
                   sum(case when t.dueDate >= :today then 1 else 0 end)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false and (:province is null or i.provinceCode = :province)
              and i.status in :open and t.dueDate <= :nextWeek
            group by i.regionCode
            """)
    List<Object[]> overdueAgesByRegion(long cycleId, String province, Collection<ItemStatus> open, LocalDate today,
            LocalDate weekAgo, LocalDate monthAgo, LocalDate nextWeek);

    /**
     * Per deadline from {@code from} to {@code until}: the deadline, the open items due then and the regions
     * they are in, earliest first. One aggregate statement for the boards' "this week" list.
     */
    @Query("""
            select t.dueDate, count(i), count(distinct i.regionCode)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false and (:province is null or i.provinceCode = :province)
              and i.status in :open and t.dueDate >= :from and t.dueDate <= :until
            group by t.dueDate order by t.dueDate
            """)
    List<Object[]> openByDeadline(long cycleId, String province, Collection<ItemStatus> open, LocalDate from,
            LocalDate until);

    @Query("select i.provinceCode, " + FIGURES + " group by i.provinceCode order by i.provinceCode")
    List<Object[]> figuresByProvince(long cycleId, String province, String region, ItemStatus done,
            ItemStatus notApplicable, Collection<ItemStatus> open, Verification waiting, Verification verified,
            LocalDate today);

    @Query("select i.regionCode, " + FIGURES + " group by i.regionCode order by i.regionCode")
    List<Object[]> figuresByRegion(long cycleId, String province, String region, ItemStatus done,
            ItemStatus notApplicable, Collection<ItemStatus> open, Verification waiting, Verification verified,
            LocalDate today);

    @Query("""
            select count(i) from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false and (:province is null or i.provinceCode = :province)
              and i.status in :open and t.dueDate < :today
            """)
    long countOverdue(long cycleId, String province, Collection<ItemStatus> open, LocalDate today);

    /**
     * Per theme: theme, items, done, done and verified, not applicable, waiting, then the four weights of
     * {@link id.go.kemendagri.siap.checklist.Readiness}, then the latest change; grouped by what precedes.
     */
    String THEME_FIGURES = """
            t.theme, count(i),
            sum(case when i.status = :done then 1 else 0 end),
            sum(case when i.verification = :verified and i.status = :done then 1 else 0 end),
            sum(case when i.status = :notApplicable then 1 else 0 end),
            sum(case when i.verification = :waiting then 1 else 0 end),
            sum(case when i.verification = :verified and i.status = :done then t.weight else 0 end),
            sum(case when i.verification = :verified and i.status = :notApplicable then 0 else t.weight end),
            sum(case when i.status = :done then t.weight else 0 end),
            sum(case when i.status = :notApplicable then 0 else t.weight end),
            max(i.changedAt)
            from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false
              and (:province is null or i.provinceCode = :province)
            """;

    /** Provinces with a change after {@code since} (retired items count: retiring changes the figures). */
    String PROVINCES_CHANGED = """
             and (:since is null or i.provinceCode in (select c.provinceCode from ChecklistItem c
                  where c.cycleId = :cycleId and c.changedAt > :since))
            """;

    @Query("select i.provinceCode, " + THEME_FIGURES + PROVINCES_CHANGED + " group by i.provinceCode, t.theme")
    List<Object[]> themeFiguresByProvince(long cycleId, String province, java.time.Instant since, ItemStatus done,
            ItemStatus notApplicable, Verification waiting, Verification verified);

    @Query("select i.provinceCode, count(distinct i.regionCode) from ChecklistItem i"
            + " where i.cycleId = :cycleId and i.retired = false and (:province is null or i.provinceCode = :province)"
            + PROVINCES_CHANGED + " group by i.provinceCode")
    List<Object[]> regionCountsByProvince(long cycleId, String province, java.time.Instant since);

    @Query("select i.regionCode, " + THEME_FIGURES + " and i.regionCode in :regions group by i.regionCode, t.theme")
    List<Object[]> themeFiguresByRegion(long cycleId, String province, Collection<String> regions, ItemStatus done,
            ItemStatus notApplicable, Verification waiting, Verification verified);

    /** A page of the regions with checklist items, by code after {@code after}, changed after {@code since}. */
    @Query("""
            select distinct i.regionCode from ChecklistItem i
            where i.cycleId = :cycleId and i.retired = false
              and (:province is null or i.provinceCode = :province)
              and (:level is null or i.regionLevel = :level)
              and (:after is null or i.regionCode > :after)
              and (:since is null or i.regionCode in (select c.regionCode from ChecklistItem c
                   where c.cycleId = :cycleId and c.changedAt > :since))
            order by i.regionCode
            """)
    List<String> findRegionsWithItems(long cycleId, String province, String level, String after,
            java.time.Instant since, org.springframework.data.domain.Limit limit);

    List<ChecklistItem> findByIdIn(Collection<Long> ids);

    /**
     * The current items (of one region, or all: null) whose template item is derived from a source, each with that
     * source ({@code Object[]{ChecklistItem, DerivedSource}}).
     */
    @Query("""
            select i, t.derivedFrom from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false and t.derivedFrom is not null
              and (:region is null or i.regionCode = :region)
            order by i.regionCode, i.itemCode
            """)
    List<Object[]> findDerived(long cycleId, String region);

    /** The current items still following a source their (new) template item no longer names. */
    @Query("""
            select i from ChecklistItem i join ChecklistTemplateItem t on t.id = i.templateItemId
            where i.cycleId = :cycleId and i.retired = false and t.derivedFrom is null and i.sourceStatus is not null
            """)
    List<ChecklistItem> findReleased(long cycleId);

    boolean existsByCycleIdAndDemoTrue(long cycleId);
}
