package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the checklist tests can set: deadlines and "overdue" depend on the day. */
@TestConfiguration(proxyBeanMethods = false)
class ChecklistTestSupport {

    /** 1 June 2024, 09:00 WIB: DNA-07 (1 Dec 2023) is overdue, KAM-01 (20 Nov 2024) is not. */
    static final Instant JUNE_2024 = Instant.parse("2024-06-01T02:00:00Z");

    /** The item with this code in the region's checklist, as the signed-in user sees it. */
    static ChecklistItemDetails itemOf(ChecklistService checklists, String region, String code) {
        return checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
    }

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(JUNE_2024);
    }

    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
