package id.go.kemendagri.siap.leadership.ui;

import id.go.kemendagri.siap.leadership.CampaignLeaveService;
import id.go.kemendagri.siap.leadership.EvaluationService;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.IndicatorService;
import id.go.kemendagri.siap.leadership.LeadershipAccess;
import id.go.kemendagri.siap.leadership.PjReportService;

/** The services the heads section of a region page talks to, handed over together. */
record HeadsServices(HeadTenureService tenures, PjReportService reports, EvaluationService evaluations,
        IndicatorService indicators, CampaignLeaveService leaves, LeadershipAccess access) {
}
