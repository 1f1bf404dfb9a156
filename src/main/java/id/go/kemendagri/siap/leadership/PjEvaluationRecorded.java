package id.go.kemendagri.siap.leadership;

import id.go.kemendagri.siap.base.RegionChange;

/** An evaluation of a quarterly report was saved at this version. */
public record PjEvaluationRecorded(String regionCode, long evaluationId, long version) implements RegionChange {

    @Override
    public String feature() {
        return HeadTenureChanged.FEATURE;
    }
}
