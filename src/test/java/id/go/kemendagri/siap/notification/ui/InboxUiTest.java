package id.go.kemendagri.siap.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.notification.NotificationKind;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The bell and the inbox without a browser: a mention made by someone else arrives live (bell count and inbox
 * line), opening it marks it read and goes to the region; mark all read; the thread on the region page offers only
 * the region's readers; the delivery log lists the notification for an administrator.
 */
class InboxUiTest extends UiTest {

    @Autowired
    UserService users;
    @Autowired
    CommentService comments;

    private String user(String prefix, Role role, String province) {
        return Users.create(users, prefix, role, province);
    }

    @Test
    void a_mention_rings_the_bell_and_fills_the_inbox_live_and_opening_it_marks_it_read() throws Exception {
        var author = user("penulis", Role.PROVINCIAL_STAFF, "62");
        var reader = user("pembaca", Role.PROVINCIAL_STAFF, "62");
        Users.signIn(reader, Role.PROVINCIAL_STAFF, "62");
        var inbox = navigate("kotak-masuk", InboxView.class);
        var bell = find(UI.getCurrent(), Bell.class).orElseThrow();
        assertThat(bell.unread()).isZero();
        assertThat(inbox.entries()).isEmpty();

        elsewhere(author, Role.PROVINCIAL_STAFF, "62", () -> {
            comments.post(CommentRef.region("62.07"), "Tolong unggah SK Desk Pilkada, @" + reader, Set.of());
            comments.post(CommentRef.region("62.07"), "Satu lagi untuk @" + reader, Set.of());
        });

        awaitPush(() -> bell.unread() == 2 && inbox.entries().size() == 2);
        assertThat(inbox.entries().get(1).kind()).isEqualTo(NotificationKind.MENTION);
        assertThat(inbox.entries().get(1).text()).contains(author).contains("Seruyan").contains("Tolong unggah SK Desk Pilkada");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("2 belum dibaca");

        assertThat(RowButtons.shown(test(inbox.grid), 0, "actions", "read"))
                .as("an unread line offers to mark it read").isTrue();
        RowButtons.click(test(inbox.grid), 0, "actions", "open");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("wilayah/62.07");
        assertThat(find(UI.getCurrent(), id.go.kemendagri.siap.comment.ui.CommentThread.class))
                .as("the link of a mention opens the region's discussion").isPresent();
        var shell = find(UI.getCurrent(), Bell.class).orElseThrow();
        awaitPush(() -> shell.unread() == 1);

        var again = navigate("kotak-masuk", InboxView.class);
        assertThat(again.entries()).filteredOn(e -> e.unread()).hasSize(1);
        again.markAll.click();
        assertThat(again.entries()).noneMatch(e -> e.unread());
        awaitPush(() -> shell.unread() == 0);
    }

    @Test
    void the_region_page_thread_offers_only_readers_and_posts_live() throws Exception {
        var author = user("diskusi", Role.PROVINCIAL_STAFF, "62");
        var colleague = user("rekan", Role.PROVINCIAL_STAFF, "62");
        var outsider = user("seberang", Role.PROVINCIAL_STAFF, "64");
        Users.signIn(author, Role.PROVINCIAL_STAFF, "62");
        navigate("wilayah/62.07", Component.class);
        assertThat(find(UI.getCurrent(), id.go.kemendagri.siap.comment.ui.CommentThread.class))
                .as("the thread is built only when its section is opened").isEmpty();
        var section = findAll(UI.getCurrent(), com.vaadin.flow.component.details.Details.class).filter(
                        d -> d.getId().filter("region-comments"::equals).isPresent()).findFirst().orElseThrow();
        assertThat(section.getSummaryText()).startsWith("Diskusi wilayah (");
        section.setOpened(true);
        var thread = find(UI.getCurrent(), id.go.kemendagri.siap.comment.ui.CommentThread.class).orElseThrow();
        var before = thread.shown().size();
        var offered = comments.mentionable("62.07").stream().map(p -> p.username()).toList();
        assertThat(offered).contains(colleague).doesNotContain(outsider);

        elsewhere(colleague, Role.PROVINCIAL_STAFF, "62",
                () -> comments.post(CommentRef.region("62.07"), "Dari rekan", Set.of(author)));
        awaitPush(() -> thread.shown().size() == before + 1);
        assertThat(thread.shown().get(thread.shown().size() - 1).body()).isEqualTo("Dari rekan");
    }

    @Test
    void the_delivery_log_lists_inbox_notifications_for_administrators() {
        var author = user("log", Role.EVALUATOR, null);
        var reader = user("logbaca", Role.PROVINCIAL_STAFF, "62");
        Users.signIn(author, Role.EVALUATOR, null);
        comments.post(CommentRef.region("62.07"), "Cek log @" + reader, Set.of());
        Users.admin();
        var log = navigate("admin/log-notifikasi", DeliveryLogView.class);
        log.recipient.setValue(reader);
        assertThat(log.rows()).singleElement().satisfies(row -> {
            assertThat(row.channel()).isEqualTo("INBOX");
            assertThat(row.kind()).isEqualTo(NotificationKind.MENTION);
        });
    }

    @Test
    void the_unsubscribe_link_opens_without_signing_in_and_refuses_a_forged_signature() {
        var view = navigateAs(null, "berhenti-langganan?u=admin&k=MENTION&s=00", UnsubscribeView.class);
        assertThat(view.message.getText()).isEqualTo("Tautan tidak berlaku.");
    }

    static <T extends Component> java.util.stream.Stream<T> findAll(Component root, Class<T> type) {
        return java.util.stream.Stream.concat(Stream.of(root).filter(type::isInstance).map(type::cast),
                root.getChildren().flatMap(child -> findAll(child, type)));
    }

    static <T extends Component> Optional<T> find(Component root, Class<T> type) {
        if (type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        return root.getChildren().map(child -> find(child, type)).flatMap(Optional::stream).findFirst();
    }
}
