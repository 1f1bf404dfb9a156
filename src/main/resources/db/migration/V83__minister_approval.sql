-- Controls on a Pj's authority (issue 19, UU 10/2016 art. 132A, Permendagri 4/2023): the register of what a
-- region's acting head did that needs the Minister's written approval (staff transfers, reversing permits, new
-- policies) and the approval, if any. Transfers in the six months before candidate determination without a
-- prior approval are an alert. Common SQL for H2, MySQL 8 and MariaDB.
create table minister_approval (
    id              bigint       not null auto_increment,
    region_code     varchar(13)  not null,
    province_code   varchar(2)   not null,
    kind            varchar(20)  not null,
    subject         varchar(300) not null,
    action_on       date         not null,
    approval_number varchar(100),
    approved_on     date,
    demo            boolean      not null,
    updated_at      datetime(6)  not null,
    updated_by      varchar(60)  not null,
    version         bigint       not null,
    constraint pk_minister_approval primary key (id)
);
create index ix_minister_approval_region on minister_approval (region_code, action_on);
create index ix_minister_approval_kind on minister_approval (kind, action_on);
