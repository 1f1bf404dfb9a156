-- The Pilkada in which each region's last elected head was elected, and the year that term ends (issue 19): which
-- regions get a Pj, and when, follows from it. Terms of heads elected in 2017 ended in 2022, of 2018 in 2023; heads
-- elected in 2020 serve until 2024 (UU 10/2016 Pasal 201). Rows here are public facts; a region without a row has no
-- cohort on record (the kabupaten/kota the project has no source for yet, see docs/leadership.md).
create table region_cohort (
    region_code   varchar(13)  not null,
    elected_year  int,
    term_end_year int,
    basis         varchar(200) not null,
    -- No foreign key to region: the regions are loaded from idn-area-data after the migrations (RegionReferenceLoader).
    constraint pk_region_cohort primary key (region_code)
);

insert into region_cohort (region_code, elected_year, term_end_year, basis) values
('11', 2017, 2022, 'Pilkada 2017'), ('19', 2017, 2022, 'Pilkada 2017'), ('31', 2017, 2022, 'Pilkada 2017'),
('36', 2017, 2022, 'Pilkada 2017'), ('75', 2017, 2022, 'Pilkada 2017'), ('76', 2017, 2022, 'Pilkada 2017'),
('92', 2017, 2022, 'Pilkada 2017'),
('12', 2018, 2023, 'Pilkada 2018'), ('14', 2018, 2023, 'Pilkada 2018'), ('16', 2018, 2023, 'Pilkada 2018'),
('18', 2018, 2023, 'Pilkada 2018'), ('32', 2018, 2023, 'Pilkada 2018'), ('33', 2018, 2023, 'Pilkada 2018'),
('35', 2018, 2023, 'Pilkada 2018'), ('51', 2018, 2023, 'Pilkada 2018'), ('52', 2018, 2023, 'Pilkada 2018'),
('53', 2018, 2023, 'Pilkada 2018'), ('61', 2018, 2023, 'Pilkada 2018'), ('64', 2018, 2023, 'Pilkada 2018'),
('73', 2018, 2023, 'Pilkada 2018'), ('74', 2018, 2023, 'Pilkada 2018'), ('81', 2018, 2023, 'Pilkada 2018'),
('82', 2018, 2023, 'Pilkada 2018'), ('91', 2018, 2023, 'Pilkada 2018'),
('13', 2020, 2024, 'Pilkada 2020'), ('15', 2020, 2024, 'Pilkada 2020'), ('17', 2020, 2024, 'Pilkada 2020'),
('21', 2020, 2024, 'Pilkada 2020'), ('62', 2020, 2024, 'Pilkada 2020'), ('63', 2020, 2024, 'Pilkada 2020'),
('65', 2020, 2024, 'Pilkada 2020'), ('71', 2020, 2024, 'Pilkada 2020'), ('72', 2020, 2024, 'Pilkada 2020'),
('34', null, null, 'Gubernur ditetapkan, bukan dipilih (UU 13/2012)'),
('93', null, null, 'Provinsi baru (UU 14/2022): dipimpin Pj sejak dibentuk'),
('94', null, null, 'Provinsi baru (UU 15/2022): dipimpin Pj sejak dibentuk'),
('95', null, null, 'Provinsi baru (UU 16/2022): dipimpin Pj sejak dibentuk'),
('96', null, null, 'Provinsi baru (UU 29/2022): dipimpin Pj sejak dibentuk'),
('14.01', 2017, 2022, 'Pilkada 2017'),
('62.07', 2018, 2023, 'Pilkada 2018');
