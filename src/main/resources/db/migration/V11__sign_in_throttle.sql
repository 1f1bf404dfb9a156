-- Failed sign-ins per typed user name and source address (SignInThrottle). From the fifth failure in a row
-- that pair is held back for a delay that doubles with each further failure; other addresses are not, so
-- nobody can lock a user (an administrator included) out from everywhere. Unknown user names are counted
-- the same way, so that the answer never tells which names exist. app_user.locked_until now says until
-- when some address is held back for that user (shown to administrators), no longer an account lock.
create table sign_in_throttle (
    username        varchar(60) not null,
    remote_address  varchar(64) not null,
    failures        int         not null,
    held_until      datetime(6),
    last_failure_at datetime(6) not null,
    constraint pk_sign_in_throttle primary key (username, remote_address)
);
create index ix_sign_in_throttle_held on sign_in_throttle (held_until);
create index ix_sign_in_throttle_last on sign_in_throttle (last_failure_at);
