package id.go.kemendagri.siap.leadership;

import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode is off: the generated heads of region go with their reports, evaluations and scores. A tenure a
 * user has worked on (the tenure, one of its reports or evaluations saved since, so no longer demo) stays whole,
 * demo rows under it included, so that nothing a user wrote loses what it hangs on.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoHeadsRemoval {

    private static final Logger log = LoggerFactory.getLogger(DemoHeadsRemoval.class);
    private static final int BATCH = 500;

    private final NamedParameterJdbcTemplate jdbc;

    @Transactional
    public void run() {
        var tenures = jdbc.getJdbcTemplate().queryForList("""
                select t.id from head_tenure t where t.demo = true
                  and not exists (select 1 from pj_report r where r.tenure_id = t.id and r.demo = false)
                  and not exists (select 1 from pj_evaluation e where e.tenure_id = t.id and e.demo = false)
                """, Long.class);
        for (var from = 0; from < tenures.size(); from += BATCH) {
            remove(tenures.subList(from, Math.min(tenures.size(), from + BATCH)));
        }
        if (!tenures.isEmpty()) {
            log.warn("Demo mode is off: removed {} demo tenures of heads of region with their reports and evaluations",
                    tenures.size());
        }
    }

    private void remove(List<Long> tenureIds) {
        var tenures = Map.of("ids", tenureIds);
        var evaluations = jdbc.queryForList("select id from pj_evaluation where tenure_id in (:ids)", tenures, Long.class);
        for (var from = 0; from < evaluations.size(); from += BATCH) {
            jdbc.update("delete from pj_evaluation_score where evaluation_id in (:ids)",
                    Map.of("ids", evaluations.subList(from, Math.min(evaluations.size(), from + BATCH))));
        }
        jdbc.update("delete from pj_evaluation where tenure_id in (:ids)", tenures);
        jdbc.update("delete from pj_report where tenure_id in (:ids)", tenures);
        jdbc.update("delete from head_tenure where id in (:ids)", tenures);
    }
}
