package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

@SpringBootTest
@RecordApplicationEvents
class DeskContactServiceTest {

    @Autowired
    DeskContactService contacts;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    static DeskContactDraft draft(String name, Long version) {
        return new DeskContactDraft(name, "Kepala Bidang Politik Dalam Negeri", "Badan Kesbangpol",
                "0812 3456 7890", "desk@example.go.id", version);
    }

    private DeskContactDraft current(String region) {
        return contacts.find(region).map(DeskContactDetails::toDraft).orElse(DeskContactDraft.empty());
    }

    @Test
    void staff_save_a_contact_in_their_province_and_it_is_audited_and_announced() {
        Users.staff("62");
        var before = current("62.03");

        var saved = contacts.save("62.03", draft("Rina Oktaviani", before.version()));

        assertThat(saved.name()).isEqualTo("Rina Oktaviani");
        assertThat(saved.updatedBy()).isEqualTo("test-staff-62");
        assertThat(contacts.history("62.03", 10)).extracting(AuditEntry::field).contains("name");
        assertThat(events.stream(DeskContactChanged.class)).contains(new DeskContactChanged("62.03", saved.version()));
    }

    @Test
    void staff_cannot_write_another_province_even_if_a_view_lets_them() {
        Users.staff("62");

        assertThatThrownBy(() -> contacts.save("64.72", draft("Budi", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(DeskContactChanged.class)).isEmpty();
    }

    @Test
    void leadership_reads_but_cannot_write() {
        Users.leadership();

        assertThat(contacts.find("62.03")).isNotNull();
        assertThatThrownBy(() -> contacts.save("62.04", draft("Budi", null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invalid_fields_are_reported_with_their_message_keys_and_nothing_is_stored() {
        Users.evaluator();
        var before = current("11.01");
        var bad = new DeskContactDraft("", "Kabid", "Kesbangpol", "12345", "not-an-address", before.version());

        assertThatThrownBy(() -> contacts.save("11.01", bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("name", "contact.error.name")
                        .containsEntry("phone", "contact.error.phone")
                        .containsEntry("email", "contact.error.email"));
        assertThat(current("11.01")).isEqualTo(before);
        assertThat(events.stream(DeskContactChanged.class)).isEmpty();
    }

    @Test
    void a_stale_save_is_refused_and_carries_the_current_values() {
        Users.evaluator();
        var loaded = current("12.01");
        var first = contacts.save("12.01", draft("Pertama", loaded.version()));

        assertThatThrownBy(() -> contacts.save("12.01", draft("Kedua", loaded.version())))
                .isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((DeskContactDetails) e.current()).name()).isEqualTo("Pertama"));
        assertThat(contacts.find("12.01").orElseThrow().version()).isEqualTo(first.version());
    }

    @Test
    void saving_the_same_values_again_records_nothing() {
        Users.evaluator();
        var saved = contacts.save("13.01", draft("Sama", current("13.01").version()));
        var historyBefore = contacts.history("13.01", 100).size();
        events.clear();

        contacts.save("13.01", draft("Sama", saved.version()));

        assertThat(contacts.history("13.01", 100)).hasSize(historyBefore);
        assertThat(events.stream(DeskContactChanged.class)).isEmpty();
    }
}
