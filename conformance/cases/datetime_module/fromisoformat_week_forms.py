# date/datetime.fromisoformat on ISO week dates and the compact forms, with
# CPython 3.11's separator search and errors.
import datetime
cases = ['2022W52520', '2022W525', '2022-W52-5', '2022W52', '2022-W52', '2022W53', '2020W53', '2020-W53-7',
         '2022-W525', '2022W52-5', '2022W520', '2022W5', '2022-W5', '2022W52520T10', '2022-W52-5T10:00',
         '20220101', '2022-0101', '202201', '2022-01', '2022', '2022W527', '2022W528', '2022W00', '2022W525+',
         '2022-W52-0', '2022W010', '2022W011', '20221231T235959', '2022W52T10', '2022-W52T10', '2022W5210',
         '2022W52 10', '2022W5210:30', '2022-W52-510', '2022-W52510', '20220101T1', '2022010110', '2022-01-0110',
         '2022W525T1030', '2022W525 10:30:00.5+01:00', '0000W011', '10000W011', '2022w525', '2022W5a5', '2022-W52-5-',
         '2022-W5-25', '2022W52520Z', '2022W5252', '2022-W5252', '2022-W52-52', '2022-W53-1', '2022W535']
for s in cases:
    for fn in (datetime.date.fromisoformat, datetime.datetime.fromisoformat):
        try:
            print(s, fn.__qualname__, fn(s))
        except ValueError as e:
            print(s, fn.__qualname__, 'ValueError', e)
for s in ['0000W011', '0000W527', '0000W531', '9999W527', '9999-W52-7T10']:
    for fn in (datetime.date.fromisoformat, datetime.datetime.fromisoformat):
        try:
            print(s, fn(s))
        except ValueError as e:
            print(s, 'ValueError', e)
