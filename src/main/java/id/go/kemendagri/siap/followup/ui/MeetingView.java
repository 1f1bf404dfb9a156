package id.go.kemendagri.siap.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.MeetingDetails;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/** One meeting, e.g. {@code /rapat/12}: what it was, its minutes and the follow-ups per region. */
@Route(value = "rapat/:id", layout = MainLayout.class)
@PermitAll
class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MeetingService meetings;
    private final transient FollowUpService followUps;
    private final transient RegionService regions;
    private final transient RegionAccess access;
    private final transient LiveUpdateHub hub;
    private final transient id.go.kemendagri.siap.base.ui.CommentThreads threads;
    private final Div header = new Div();
    private final Div minutes = new Div();
    final Select<MeetingDetails.RegionName> region = new Select<>();
    final Select<FollowUpStatus> status = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    private final Span total = new Span();
    FollowUpGrid grid;
    private MeetingDetails meeting;

    MeetingView(MeetingService meetings, FollowUpService followUps, RegionService regions, RegionAccess access,
            LiveUpdateHub hub, org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads) {
        this.threads = threads.getIfAvailable();
        this.meetings = meetings;
        this.followUps = followUps;
        this.regions = regions;
        this.access = access;
        this.hub = hub;
        addClassName("meeting-view");
        setWidthFull();
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
        try {
            meeting = meetings.details(id.orElse(-1L));
        } catch (id.go.kemendagri.siap.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class,
                    getTranslation("meeting.not-found", event.getRouteParameters().get("id").orElse("")));
            return;
        }
        removeAll();
        grid = new FollowUpGrid(followUps, FollowUpFilter.ofMeeting(meeting.id()), false,
                row -> new FollowUpDialog(followUps, access, row.id(), this::refreshItems, threads).open());
        grid.setHeight("32rem");
        add(header, minutes, itemsBar(), total, grid);
        showMeeting();
        refreshItems();
        var meetingId = meeting.id();
        LiveUpdates.bind(grid, hub, FollowUpChanged.class, changed -> changed.meetingId() == meetingId,
                changes -> {
                    if (changes.stream().anyMatch(change -> ((FollowUpChanged) change).itemId() == null)) {
                        meeting = meetings.details(meetingId);
                        showMeeting();
                    }
                    refreshItems();
                });
    }

    private void showMeeting() {
        header.removeAll();
        header.addClassName("meeting-header");
        var title = new H2(meeting.title());
        title.addClassName("meeting-title");
        var meta = new Div(Badges.badge(getTranslation("meeting.type." + meeting.type()), "contrast"),
                Badges.badge(Formats.date(meeting.date(), getLocale()), ""));
        if (meeting.online()) {
            meta.add(Badges.badge(getTranslation("meetings.online"), ""));
        }
        if (meeting.demo()) {
            meta.add(Badges.badge(getTranslation("followup.demo"), "warning"));
        }
        meta.addClassName("region-meta");
        header.add(title, meta, new Paragraph(getTranslation("meeting.organiser", meeting.organiser()) + " · "
                + getTranslation("meeting.place", meeting.place())));
        if (access.isMinistry()) {
            var edit = new Button(getTranslation("meeting.edit"), VaadinIcon.EDIT.create(),
                    click -> new MeetingDialog(meetings, regions, meetings.details(meeting.id()), saved -> {
                        meeting = saved;
                        showMeeting();
                    }).open());
            edit.setId("meeting-edit");
            header.add(edit);
        }
        header.add(participants());
        showMinutes();
        region.setItems(meeting.regions().stream().filter(r -> access.canRead(r.code())).toList());
    }

    private Details participants() {
        var list = new Div();
        list.addClassName("meeting-participants");
        for (var participant : meeting.regions()) {
            list.add(new Anchor("wilayah/" + participant.code(), participant.code() + " " + participant.name()));
        }
        var details = new Details(getTranslation("meeting.participants", meeting.regions().size()), list);
        details.setOpened(meeting.regions().size() <= 12);
        return details;
    }

    private void showMinutes() {
        minutes.removeAll();
        minutes.addClassNames("card", "meeting-minutes");
        minutes.add(new H3(getTranslation("meeting.minutes")));
        var text = new Paragraph(meeting.minutes().isBlank() ? getTranslation("meeting.minutes.none") : meeting.minutes());
        text.getStyle().set("white-space", "pre-line");
        minutes.add(text);
        if (meeting.minutesFile() != null) {
            var id = meeting.id();
            minutes.add(new Div(new Span(getTranslation("meeting.minutes.file") + ": "),
                    DocumentLink.of(meeting.minutesFile(), () -> meetings.openMinutes(id))));
        }
        if (access.isMinistry()) {
            minutes.add(new MinutesUpload(meetings, meeting, saved -> {
                meeting = saved;
                showMinutes();
            }));
            var history = new Div();
            var details = new Details(getTranslation("meeting.history"), history);
            details.addOpenedChangeListener(event -> {
                history.removeAll();
                meetings.history(meeting.id()).forEach(entry -> history.add(new Paragraph(
                        Formats.dateTime(entry.occurredAt(), getLocale()) + " · " + entry.actor() + " · " + entry.field()
                                + ": " + (entry.newValue() == null ? "–" : entry.newValue()))));
            });
            minutes.add(details);
        }
    }

    private HorizontalLayout itemsBar() {
        var heading = new H3(getTranslation("meeting.items"));
        Fields.anyChoice(region, "followup.filter.region", "meetings.filter.any", r -> r.code() + " " + r.name());
        status.setItems(FollowUpStatus.values());
        Fields.anyChoice(status, "followup.filter.status", "meetings.filter.any",
                s -> getTranslation("followup.status." + s));
        overdueOnly.setLabel(getTranslation("followup.filter.overdue"));
        region.addValueChangeListener(e -> filterItems());
        status.addValueChangeListener(e -> filterItems());
        overdueOnly.addValueChangeListener(e -> filterItems());
        var bar = new HorizontalLayout(heading, region, status, overdueOnly);
        if (access.isMinistry()) {
            var assign = new Button(getTranslation("meeting.assign"), VaadinIcon.PLUS.create(),
                    click -> new AssignDialog(followUps, meeting, this::refreshItems).open());
            assign.setId("meeting-assign");
            bar.add(assign);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void filterItems() {
        grid.filter(new FollowUpFilter(meeting.id(), region.getValue() == null ? null : region.getValue().code(),
                status.getValue(), false, overdueOnly.getValue()));
        total.setText(getTranslation("followup.total", Formats.number(grid.total(), getLocale())));
    }

    private void refreshItems() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("followup.total", Formats.number(grid.total(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("meetings.title") : meeting.title()) + " | " + getTranslation("app.name");
    }
}
