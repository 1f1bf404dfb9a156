package id.go.kemendagri.siap.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.DemoRows;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.region.domain.DeskReport;
import id.go.kemendagri.siap.region.domain.DeskReportRepository;

/**
 * Demo monthly reports of the Desk Pilkada for every region holding a Pilkada, for each month whose report is due by
 * the demo calendar's today: most sent in the first days of the following month, some late, a few never (so that the
 * series shows gaps). Flagged as demo; a start with demo mode off removes them.
 */
@Component
@Order(32)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDeskReports implements ApplicationRunner {

    private final DemoRows demoRows;
    private final PilkadaRegions pilkada;
    private final DeskReportProperties properties;
    private final DeskReportRepository reports;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoRows.generate("demo Desk Pilkada monthly reports", "desk_report", reports, this::reports);
    }

    private List<DeskReport> reports() {
        var today = Formats.today(clock);
        var random = new Random(2026);
        var cycle = pilkada.currentCycle().id();
        var created = new ArrayList<DeskReport>();
        for (var region : pilkada.holdingPilkada()) {
            // A region's habit: most are punctual, some often late, a few skip months.
            var habit = random.nextInt(10);
            for (var month = properties.firstMonth(); !properties.dueOn(month).isAfter(today); month = month.plusMonths(1)) {
                var roll = random.nextInt(100);
                if (roll < (habit == 0 ? 35 : 4)) {
                    continue;
                }
                var late = roll >= (habit <= 2 ? 60 : 92);
                var sentOn = properties.dueOn(month).minusDays(late ? -1 - random.nextInt(20) : random.nextInt(9));
                if (sentOn.isAfter(today)) {
                    sentOn = today;
                }
                var report = new DeskReport(cycle, region.code(), region.provinceCode(), month.atDay(1));
                report.update(sentOn, "https://kesbangpol.example.go.id/desk-pilkada/" + region.code() + "/" + month + ".pdf",
                        null, true);
                created.add(report);
            }
        }
        return created;
    }
}
