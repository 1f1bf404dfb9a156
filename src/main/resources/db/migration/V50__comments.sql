-- Comments (issue 22): threads on a region, a checklist item, a follow-up or a grant, with @mentions.
-- Never deleted: after the edit window a comment can only be struck through.

create table comment_entry (
    id           bigint        not null auto_increment,
    target_type  varchar(20)   not null,
    target_id    bigint        not null,
    region_code  varchar(13)   not null,
    author       varchar(60)   not null,
    author_name  varchar(120)  not null,
    body         varchar(4000) not null,
    created_at   datetime(6)   not null,
    edited_at    datetime(6),
    struck_at    datetime(6),
    struck_by    varchar(60),
    version      bigint        not null,
    constraint pk_comment_entry primary key (id),
    constraint fk_comment_entry_region foreign key (region_code) references region (code)
);
create index ix_comment_entry_target on comment_entry (target_type, target_id, region_code, created_at);

create table comment_mention (
    comment_id bigint      not null,
    username   varchar(60) not null,
    constraint pk_comment_mention primary key (comment_id, username),
    constraint fk_comment_mention_comment foreign key (comment_id) references comment_entry (id)
);
