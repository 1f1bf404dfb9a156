package id.go.kemendagri.siap.followup.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.followup.FollowUpStatus;

public interface FollowUpItemRepository extends JpaRepository<FollowUpItem, Long> {

    String ITEMS = """
            from FollowUpItem i join Meeting m on m.id = i.meetingId
            where (:meetingId is null or i.meetingId = :meetingId)
              and (:region is null or i.regionCode = :region)
              and (:province is null or i.provinceCode = :province)
              and (:status is null or i.status = :status)
              and (:open = false or i.status <> id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI)
              and (:overdueOnly = false or (i.status <> id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI
                   and i.deadline < :today))
            """;

    /** Each row: the item, its meeting's title and date; open ones first, then by deadline. */
    @Query("select i, m.title, m.date " + ITEMS + """
            order by case when i.status = id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI then 1 else 0 end,
                     i.deadline, i.regionCode, i.id
            """)
    List<Object[]> findItems(Long meetingId, String region, String province, FollowUpStatus status, boolean open,
            boolean overdueOnly, LocalDate today, Pageable page);

    @Query("select count(i) " + ITEMS)
    long countItems(Long meetingId, String region, String province, FollowUpStatus status, boolean open,
            boolean overdueOnly, LocalDate today);

    /** meeting id, items, items closed, items overdue, for the given meetings (within a province, if named). */
    @Query("""
            select i.meetingId, count(i),
                   sum(case when i.status = id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI then 1 else 0 end),
                   sum(case when i.status <> id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI
                            and i.deadline < :today then 1 else 0 end)
            from FollowUpItem i
            where i.meetingId in :ids and (:province is null or i.provinceCode = :province)
            group by i.meetingId
            """)
    List<Object[]> progress(Collection<Long> ids, String province, LocalDate today);

    @Query("""
            select count(i) from FollowUpItem i
            where i.status <> id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI and i.deadline < :today
              and (:province is null or i.provinceCode = :province)
            """)
    long countOverdue(String province, LocalDate today);

    @Query("select distinct i.regionCode from FollowUpItem i where i.meetingId = :meetingId")
    List<String> findRegionCodes(long meetingId);

    @Query("select min(i.deadline) from FollowUpItem i where i.meetingId = :meetingId")
    LocalDate findEarliestDeadline(long meetingId);

    /**
     * Follow-ups for the read API, by id after {@code after}: the item, its meeting's title, date and type, and
     * the later of the item's and the meeting's last change.
     */
    @Query("""
            select i, m.title, m.date, m.type, m.updatedAt from FollowUpItem i join Meeting m on m.id = i.meetingId
            where (:meetingId is null or i.meetingId = :meetingId)
              and (:region is null or i.regionCode = :region)
              and (:province is null or i.provinceCode = :province)
              and (:status is null or i.status = :status)
              and (:overdueOnly = false or (i.status <> id.go.kemendagri.siap.followup.FollowUpStatus.SELESAI
                   and i.deadline < :today))
              and (:type is null or m.type = :type)
              and (:since is null or i.updatedAt > :since or m.updatedAt > :since)
              and (:after is null or i.id > :after)
            order by i.id
            """)
    List<Object[]> findRecords(Long meetingId, String region, String province, FollowUpStatus status,
            boolean overdueOnly, LocalDate today, id.go.kemendagri.siap.followup.MeetingType type,
            java.time.Instant since, Long after, org.springframework.data.domain.Limit limit);
}
