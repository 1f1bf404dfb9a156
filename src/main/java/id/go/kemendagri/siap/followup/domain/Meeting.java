package id.go.kemendagri.siap.followup.domain;

import id.go.kemendagri.siap.base.StampedRecord;
import id.go.kemendagri.siap.base.StoredFile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import lombok.Getter;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;

import id.go.kemendagri.siap.followup.MeetingType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A coordination meeting, the regions that took part and its minutes. */
@Entity
@Table(name = "meeting")
@Getter
public class Meeting extends StampedRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 30)
    private MeetingType type;

    private String title;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    private String organiser;

    private String place;

    private boolean online;

    @Column(nullable = false, length = 8000)
    private String minutes;

    @Embedded
    @EmbeddedColumnNaming("minutes_%s")
    private StoredFile minutesFile;

    @ElementCollection
    @CollectionTable(name = "meeting_region", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "region_code", length = 13)
    private Set<String> regionCodes = new LinkedHashSet<>();

    @CreatedDate
    private Instant createdAt;

    @CreatedBy
    private String createdBy;

    protected Meeting() {
    }

    /** Created and last changed are stamped by the auditing listener when the meeting is first flushed. */
    public Meeting(boolean demo) {
        markDemo(demo);
    }

    public void describe(MeetingType type, String title, LocalDate date, String organiser, String place,
            boolean online, String minutes, Set<String> regionCodes) {
        this.type = type;
        this.title = title;
        this.date = date;
        this.organiser = organiser;
        this.place = place;
        this.online = online;
        this.minutes = minutes;
        this.regionCodes.retainAll(regionCodes);
        this.regionCodes.addAll(regionCodes);
    }

    public void attachMinutes(StoredFile file) {
        this.minutesFile = file;
    }
}
