-- The election cycle is data: Pilkada Serentak 2024, vote on 27 November 2024.
-- DI Yogyakarta elects no governor (its Sultan is governor by law); Jakarta's six administrative
-- cities/regency are not autonomous and hold no election: 37 provinces + 508 kabupaten/kota = 545.
insert into election_cycle (id, name, vote_date, current_cycle) values (2024, 'Pilkada Serentak 2024', '2024-11-27', true);

insert into election_cycle_exclusion (cycle_id, region_code, reason) values
    (2024, '34',    'Gubernur DI Yogyakarta ditetapkan, tidak dipilih (UU 13/2012)'),
    (2024, '31.01', 'Kabupaten administrasi, bukan daerah otonom (UU 2/2024)'),
    (2024, '31.71', 'Kota administrasi, bukan daerah otonom (UU 2/2024)'),
    (2024, '31.72', 'Kota administrasi, bukan daerah otonom (UU 2/2024)'),
    (2024, '31.73', 'Kota administrasi, bukan daerah otonom (UU 2/2024)'),
    (2024, '31.74', 'Kota administrasi, bukan daerah otonom (UU 2/2024)'),
    (2024, '31.75', 'Kota administrasi, bukan daerah otonom (UU 2/2024)');
