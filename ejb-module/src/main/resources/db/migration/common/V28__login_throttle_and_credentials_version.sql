-- Sign-in hardening (issue 11).
-- credentials_version: bumped when a staff member's password, role or active flag changes, so a session
-- opened before the change no longer counts (the web module compares it on every request).
alter table staff_user add column credentials_version bigint default 0 not null;

-- Wrong-password counting moves out of staff_user into login_throttle: it is kept per e-mail typed at the
-- login (known or not, so an unknown e-mail gets the same answers as a real one) and per client address,
-- and is counted with one atomic UPDATE instead of a read-check-write on the versioned staff_user row.
alter table staff_user drop column failed_logins;
alter table staff_user drop column locked_until;

create table login_throttle (
    -- 'account:' + the e-mail as typed (trimmed, lower-case, at most 254 characters) or 'address:' + the IP
    subject           varchar(300) primary key,
    -- attempts in the current window that were not successful sign-ins (an attempt counts before its password is tested)
    failures          integer      not null,
    window_started_at timestamp    not null,
    blocked_until     timestamp
);
create index login_throttle_window_ix on login_throttle (window_started_at);
