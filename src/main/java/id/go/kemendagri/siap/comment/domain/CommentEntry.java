package id.go.kemendagri.siap.comment.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import id.go.kemendagri.siap.comment.CommentTarget;
import lombok.Getter;

@Entity
@Table(name = "comment_entry")
@Getter
public class CommentEntry extends VersionedRecord {

    @Enumerated(EnumType.STRING)
    private CommentTarget targetType;

    private long targetId;
    private String regionCode;
    private String author;
    private String authorName;
    private String body;
    private Instant createdAt;
    private Instant editedAt;
    private Instant struckAt;
    private String struckBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username")
    private Set<String> mentions = new HashSet<>();

    protected CommentEntry() {
    }

    public CommentEntry(CommentTarget targetType, long targetId, String regionCode, String author, String authorName,
            String body, Instant createdAt, Set<String> mentions) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.regionCode = regionCode;
        this.author = author;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
        this.mentions = new HashSet<>(mentions);
    }

    public void edit(String newBody, Set<String> allMentions, Instant at) {
        this.body = newBody;
        this.mentions.clear();
        this.mentions.addAll(allMentions);
        this.editedAt = at;
    }

    public void strike(String by, Instant at) {
        this.struckBy = by;
        this.struckAt = at;
    }
}
