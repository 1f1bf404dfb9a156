package id.go.kemendagri.siap.region;

import java.time.Clock;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.region.domain.DeskContact;
import id.go.kemendagri.siap.region.domain.DeskContactRepository;
import id.go.kemendagri.siap.region.domain.RegionRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Reads and saves a region's Desk Pilkada contact. A save checks the user's right to write that
 * region, validates every field, refuses a stale version, records the change in the audit trail in the
 * same transaction and, once committed, tells the open screens.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeskContactService {

    public static final String AUDIT_ENTITY = "desk-contact";

    private final DeskContactRepository contacts;
    private final RegionRepository regions;
    private final RegionAccess access;
    private final AuditService audit;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<DeskContactDetails> find(String regionCode) {
        access.requireRead(regionCode);
        return contacts.findById(regionCode).map(DeskContactService::toDetails);
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException when the user may not write the region
     * @throws InvalidInputException when a field is invalid; nothing is stored
     * @throws StaleDataException    when someone saved in between; carries the current contact (or null)
     */
    @Transactional
    public DeskContactDetails save(String regionCode, DeskContactDraft draft) {
        access.requireWrite(regionCode);
        if (!regions.existsById(regionCode)) {
            throw new NotFoundException("region " + regionCode);
        }
        var errors = DeskContactRules.check(draft);
        InvalidInputException.throwIfAny(errors);
        var stored = contacts.findById(regionCode);
        StaleSaves.requireVersion(stored, draft.version(), DeskContactService::toDetails);
        var contact = stored.orElseGet(() -> new DeskContact(regionCode));
        var before = stored.map(DeskContactService::toDetails);
        var changes = FieldChange.since(before)
                .compare("name", DeskContactDetails::name, DeskContactRules.trim(draft.name()))
                .compare("position", DeskContactDetails::position,
                        DeskContactRules.trim(draft.position()))
                .compare("unit", DeskContactDetails::unit, DeskContactRules.trim(draft.unit()))
                .compare("phone", DeskContactDetails::phone,
                        DeskContactRules.trim(draft.phone()))
                .compare("email", DeskContactDetails::email,
                        DeskContactRules.trim(draft.email()))
                .changes();
        if (changes.isEmpty() && stored.isPresent()) {
            return before.get();
        }
        contact.update(DeskContactRules.trim(draft.name()), DeskContactRules.trim(draft.position()),
                DeskContactRules.trim(draft.unit()), DeskContactRules.trim(draft.phone()),
                DeskContactRules.trim(draft.email()), false);
        StaleSaves.flushUnique(contacts, contact);
        audit.recordAndAnnounce(AUDIT_ENTITY, regionCode, stored.isPresent() ? "UPDATE" : "CREATE", changes,
                new DeskContactChanged(regionCode, contact.getVersion()));
        return toDetails(contact);
    }

    @Transactional(readOnly = true)
    public java.util.List<AuditEntry> history(String regionCode, int limit) {
        access.requireRead(regionCode);
        return audit.history(AUDIT_ENTITY, regionCode, limit);
    }

    static DeskContactDetails toDetails(DeskContact c) {
        return new DeskContactDetails(c.getRegionCode(), c.getName(), c.getPosition(), c.getUnit(), c.getPhone(),
                c.getEmail(), c.isDemo(), c.getUpdatedAt(), c.getUpdatedBy(), c.getVersion());
    }
}
