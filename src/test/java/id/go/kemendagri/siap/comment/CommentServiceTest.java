package id.go.kemendagri.siap.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.MovableClockTest;
import id.go.kemendagri.siap.support.Users;

/**
 * Comments are kept: the author may change the text within the edit window, afterwards only strike it through
 * (so may an administrator, nobody else); everything is audited; threads follow the province scoping of their region.
 */
class CommentServiceTest extends MovableClockTest {

    @Autowired
    CommentService comments;
    @Autowired
    AuditService audit;

    @Test
    void a_comment_is_editable_for_the_window_then_only_struck_through_and_every_step_is_audited() {
        var ref = new CommentRef(CommentTarget.CHECKLIST_ITEM, Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000),
                "62.07", "wilayah/62.07");
        Users.staff("62");
        var posted = comments.post(ref, "Bukti SK belum lengkap", Set.of());
        assertThat(posted.editable()).isTrue();
        var edited = comments.edit(ref, posted.id(), posted.version(), "Bukti SK sudah diunggah ulang", Set.of());
        assertThat(edited.body()).isEqualTo("Bukti SK sudah diunggah ulang");
        assertThat(edited.editedAt()).isNotNull();

        Users.signIn("someone-else", Role.PROVINCIAL_STAFF, "62");
        assertThatThrownBy(() -> comments.edit(ref, posted.id(), edited.version(), "bukan milik saya", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.strike(ref, posted.id(), edited.version()))
                .isInstanceOf(AccessDeniedException.class);

        clock.advance(Duration.ofMinutes(16));
        Users.staff("62");
        assertThat(comments.thread(ref)).singleElement().satisfies(c -> assertThat(c.editable()).isFalse());
        assertThatThrownBy(() -> comments.edit(ref, posted.id(), edited.version(), "terlambat", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        var struck = comments.strike(ref, posted.id(), edited.version());
        assertThat(struck.struck()).isTrue();
        assertThat(comments.thread(ref)).singleElement().satisfies(c -> {
            assertThat(c.body()).isEqualTo("Bukti SK sudah diunggah ulang");
            assertThat(c.struckBy()).isEqualTo("test-staff-62");
        });
        assertThat(audit.history("comment", String.valueOf(posted.id()), 20)).extracting(e -> e.action())
                .contains("create", "update", "strike");
    }

    @Test
    void threads_follow_the_province_of_their_region() {
        var ref = CommentRef.region("62.07");
        Users.staff("64");
        assertThatThrownBy(() -> comments.thread(ref)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.post(ref, "dari provinsi lain", Set.of())).isInstanceOf(AccessDeniedException.class);
        Users.staff("62");
        assertThatThrownBy(() -> comments.post(ref, "   ", Set.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.post(ref, "x".repeat(4001), Set.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.post(ref, "siapa?", Set.of("nobody-" + UUID.randomUUID())))
                .isInstanceOf(InvalidInputException.class);
    }
}
