package id.go.kemendagri.siap.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.activity.ActivityRow;
import id.go.kemendagri.siap.activity.ActivityRow.Change;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Translations;

/** The feed speaks the officer's language: no field names, enum names or checksums of the audit trail. */
class ChangeWordsTest {

    private static final Translations TEXTS = new Translations();
    private final ChangeWords indonesian = new ChangeWords(TEXTS, Formats.INDONESIAN);
    private final ChangeWords english = new ChangeWords(TEXTS, Formats.ENGLISH);

    private static ActivityRow save(String type, String id, String action, Change... changes) {
        return new ActivityRow(1, Instant.parse("2024-10-21T03:00:00Z"), "evaluator", type, id, "62.07",
                "Kabupaten Seruyan", action, List.of(changes));
    }

    @Test
    void a_verification_reads_as_a_sentence_with_translated_statuses() {
        var row = save("checklist-item", "7", "VERIFY", new Change("verification", "WAITING", "VERIFIED"));

        assertThat(indonesian.sentence(row)).isEqualTo("evaluator memverifikasi butir daftar periksa Kabupaten Seruyan");
        assertThat(indonesian.lines(row)).containsExactly("Verifikasi: Menunggu verifikasi → Terverifikasi");
        assertThat(english.sentence(row)).isEqualTo("evaluator verified a checklist item (Kabupaten Seruyan)");
        assertThat(english.lines(row)).containsExactly("Verification: Waiting for verification → Verified");
    }

    @Test
    void fields_carry_the_labels_of_the_bundles_never_their_names() {
        assertThat(indonesian.label("head-tenure", "personName")).isEqualTo("Nama");
        assertThat(indonesian.label("followup", "evidenceLink")).isEqualTo("Tautan bukti");
        assertThat(indonesian.label("checklist-item", "return-reason")).isEqualTo("Alasan pengembalian");
        assertThat(english.label("followup", "evidenceLink")).isEqualTo("Evidence link");
        assertThat(english.label("notification-setting", "mail-MENTION")).isEqualTo("E-mail for MENTION");
    }

    @Test
    void values_are_formatted_and_files_named_without_their_checksum() {
        assertThat(indonesian.value("checklist-item", "evidence", "berita-acara.pdf (sha256 0123456789ab)"))
                .isEqualTo("berita-acara.pdf");
        assertThat(indonesian.value("followup", "evidenceFile",
                "foto.jpg (sha256 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef)")).isEqualTo("foto.jpg");
        assertThat(indonesian.value("nphd-grant", "agreed", "1500000000")).isEqualTo("Rp1.500.000.000");
        assertThat(english.value("nphd-grant", "agreed", "1500000000")).isEqualTo("Rp1,500,000,000");
        assertThat(indonesian.value("nphd-grant", "stage", "SIGNED")).isEqualTo("NPHD ditandatangani");
        assertThat(indonesian.value("followup", "deadline", "2024-11-27")).isEqualTo("27 Nov 2024");
        assertThat(english.value("meeting", "online", "true")).isEqualTo("yes");
        assertThat(indonesian.value("nphd-grant", "transfer", "T1 2024-10-01 600000000 SP2D-12"))
                .isEqualTo("Tahap 1, 1 Okt 2024, Rp600.000.000 SP2D-12");
        assertThat(indonesian.value("followup", "status", "SELESAI")).isEqualTo("Selesai");
    }

    @Test
    void english_counts_take_the_singular_for_one() {
        var one = save("desk-contact", "62.07", "UPDATE", new Change("phone", "1", "2"));
        var two = save("desk-contact", "62.07", "UPDATE", new Change("phone", "1", "2"), new Change("email", null, "a@b.id"));

        assertThat(english.sentence(one)).isEqualTo("evaluator changed 1 field of the Desk Pilkada contact (Kabupaten Seruyan)");
        assertThat(english.sentence(two)).contains("changed 2 fields of");
        assertThat(english.lines(two)).containsExactly("Phone: 1 → 2", "E-mail: a@b.id");
        assertThat(TEXTS.getTranslation("feed.ago.minutes", Formats.ENGLISH, 1L)).isEqualTo("1 minute ago");
        assertThat(TEXTS.getTranslation("feed.ago.days", Formats.ENGLISH, 1L)).isEqualTo("1 day ago");
        assertThat(TEXTS.getTranslation("feed.ago.days", Formats.ENGLISH, 3L)).isEqualTo("3 days ago");
    }
}
