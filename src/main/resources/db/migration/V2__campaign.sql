-- Announcements of document acceptance (R393-4) and the positions they offer.
create table campaign (
    id               varchar(36)   not null primary key,
    title            varchar(300)  not null,
    published_on     date          not null,
    acceptance_from  date          not null,
    acceptance_to    date          not null,
    status           varchar(20)   not null,
    org_name         varchar(300)  not null,
    org_address      varchar(500)  not null,
    org_phones       varchar(500)  not null,
    org_emails       varchar(1000) not null,
    created_by       varchar(64),
    created_at       timestamp with time zone not null
);

create table campaign_position (
    campaign_id        varchar(36)    not null references campaign (id),
    position_no        integer        not null,
    specialty_profile  varchar(200)   not null,
    nosologies         varchar(2000)  not null,
    seats              integer        not null,
    duties             varchar(4000)  not null,
    tariff_kzt         numeric(14, 2) not null,
    payment_terms      varchar(2000)  not null,
    primary key (campaign_id, position_no)
);
