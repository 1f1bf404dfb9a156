package id.go.kemendagri.siap.notification;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.Verification;
import id.go.kemendagri.siap.comment.CommentChanged;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.security.UserDirectory;

/**
 * Notifications from the features' committed changes (after commit: a rolled-back change tells no one): mentions
 * in comments, checklist items returned or verified (to the province's staff), follow-ups assigned (to the
 * province's staff). A failure here is logged and never undoes the change that caused it.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationTriggers {

    private static final Logger log = LoggerFactory.getLogger(NotificationTriggers.class);

    private final NotificationService notifications;
    private final UserDirectory directory;
    private final ChecklistService checklists;
    private final FollowUpService followUps;
    private final id.go.kemendagri.siap.region.PilkadaRegions regions;

    @ApplicationModuleListener
    void onComment(CommentChanged change) {
        if (change.action() == CommentChanged.Action.STRUCK) {
            return;
        }
        if (change.mentioned().isEmpty()) {
            return;
        }
        var place = regions.names(List.of(change.regionCode())).getOrDefault(change.regionCode(), change.regionCode());
        for (var name : change.mentioned()) {
            safely(() -> notifications.notify(name, NotificationKind.MENTION, "comment:" + change.commentId() + ":mention",
                    change.regionCode(), change.link(), List.of(change.authorName(), place, change.excerpt())));
        }
    }

    @ApplicationModuleListener
    void onChecklistItem(ChecklistItemChanged change) {
        safely(() -> UserDirectory.asSystem(() -> {
            var item = checklists.item(change.itemId());
            var kind = item.verification() == Verification.RETURNED ? NotificationKind.ITEM_RETURNED
                    : item.verification() == Verification.VERIFIED ? NotificationKind.ITEM_VERIFIED : null;
            if (kind != null) {
                var decided = item.verifiedAt() == null ? "v" + item.version() : String.valueOf(item.verifiedAt().toEpochMilli());
                var reason = item.returnReason() == null ? "" : item.returnReason();
                for (var person : directory.staffOf(item.provinceCode())) {
                    notifications.notify(person.username(), kind, "checklist:" + kind + ":" + item.id() + ":" + decided,
                            item.regionCode(), "wilayah/" + item.regionCode(),
                            List.of(item.itemCode(),
                                    regions.names(List.of(item.regionCode())).getOrDefault(item.regionCode(), item.regionCode()),
                                    item.nameId(), reason));
                }
            }
            return null;
        }));
    }

    @ApplicationModuleListener
    void onFollowUp(FollowUpChanged change) {
        if (change.itemId() == null || change.version() != 0) {
            return;
        }
        safely(() -> UserDirectory.asSystem(() -> {
            var row = followUps.find(change.itemId());
            for (var person : directory.staffOf(row.regionCode().substring(0, 2))) {
                notifications.notify(person.username(), NotificationKind.FOLLOW_UP_ASSIGNED, "followup:assigned:" + row.id(),
                        row.regionCode(), "rapat/" + row.meetingId(), List.of(row.regionName(), row.description(),
                                row.deadline() == null ? "-" : row.deadline().toString(), row.meetingTitle()));
            }
            return null;
        }));
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("A notification could not be created", e);
        }
    }
}
