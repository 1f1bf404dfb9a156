package id.go.kemendagri.siap.region;

import java.time.Instant;

/** A region's Desk Pilkada contact as stored, with the version a later save must name. */
public record DeskContactDetails(String regionCode, String name, String position, String unit, String phone,
        String email, boolean demo, Instant updatedAt, String updatedBy, long version) {

    public DeskContactDraft toDraft() {
        return new DeskContactDraft(name, position, unit, phone, email, version);
    }
}
