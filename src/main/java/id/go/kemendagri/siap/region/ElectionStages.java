package id.go.kemendagri.siap.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import id.go.kemendagri.siap.base.ReadOnlyService;
import id.go.kemendagri.siap.region.domain.ElectionCycleStageRepository;

/**
 * The stages of each election cycle with their dates, read once per cycle (reference data, written only by
 * migrations): which stage a day falls in and which comes next (the boards), and the first day of a stage that a
 * checklist deadline counts back from.
 */
@ReadOnlyService
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ElectionStages {

    /** The stage a day falls in (empty between stages) and the next stage to begin (empty after the last). */
    public record Now(Optional<StageDates> current, Optional<StageDates> next) {
    }

    private final ElectionCycleStageRepository stages;
    private final PilkadaRegions regions;
    private final Map<Long, List<StageDates>> byCycle = new ConcurrentHashMap<>();

    /** The cycle's stages in their order. */
    public List<StageDates> of(long cycleId) {
        return byCycle.computeIfAbsent(cycleId, id -> stages.findByIdCycleIdOrderBySortOrder(id).stream()
                .map(s -> new StageDates(s.getStage(), s.getStartsOn(), s.getEndsOn())).toList());
    }

    /** The current cycle's stages in their order. */
    public List<StageDates> current() {
        return of(regions.currentCycle().id());
    }

    /**
     * Where {@code today} stands in the current cycle: the first stage (in order) that includes it, so the vote
     * day shows the vote rather than the count that begins the same day; and the stage after it in order (the
     * count, on the vote day), or between stages the first that begins later.
     */
    public Now now(LocalDate today) {
        var all = current();
        var current = all.stream().filter(s -> s.includes(today)).findFirst();
        var next = current.map(c -> all.stream().skip(all.indexOf(c) + 1L).findFirst())
                .orElseGet(() -> all.stream().filter(s -> s.startsOn().isAfter(today)).findFirst());
        return new Now(current, next);
    }

    /**
     * The first day of {@code stage} in the cycle; the cycle's vote date for the vote, and for a cycle whose
     * stages are not recorded.
     */
    public LocalDate startOf(long cycleId, ElectionStage stage, LocalDate voteDate) {
        return of(cycleId).stream().filter(s -> s.stage() == stage).findFirst().map(StageDates::startsOn)
                .orElseGet(() -> {
                    if (stage == ElectionStage.VOTE) {
                        return voteDate;
                    }
                    throw new id.go.kemendagri.siap.base.InvalidInputException(
                            Map.of("deadlineStage", "region.stage.error.unknown"));
                });
    }
}
