-- Cluster mode (package cluster, docs/deployment.md): every committed change the screens react to is written
-- here in the same transaction, then published to Redis with this row's id. A node that lost its Redis
-- connection reads the rows it missed when it reconnects. Rows older than a day are deleted (ClusterEventPurge).
-- Without SIAP_REDIS_URL the table stays empty.
create table cluster_event (
    id          bigint       not null auto_increment,
    origin_node varchar(64)  not null,
    event_type  varchar(200) not null,
    payload     varchar(2000) not null,
    created_at  datetime(6)  not null,
    constraint pk_cluster_event primary key (id)
);
create index ix_cluster_event_created on cluster_event (created_at);

-- ShedLock: scheduled work that must run on one node of the cluster only takes its lock here.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null,
    constraint pk_shedlock primary key (name)
);
