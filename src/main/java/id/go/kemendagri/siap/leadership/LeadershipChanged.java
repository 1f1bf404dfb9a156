package id.go.kemendagri.siap.leadership;

import id.go.kemendagri.siap.base.RegionChange;

/** Something about a region's head changed: a tenure, a quarterly report or its evaluation. */
public sealed interface LeadershipChanged extends RegionChange permits HeadTenureChanged, PjReportRecorded, PjEvaluationRecorded,
        MinisterApprovalChanged {
}
