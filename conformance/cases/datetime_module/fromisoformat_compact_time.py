# time.fromisoformat and the time part of datetime.fromisoformat as CPython
# 3.11's C parser reads them: basic and extended clocks, a fraction after
# any field, digits after the seconds taken as a fraction, offsets with
# their own fraction, and an out-of-range offset's own error.
import datetime

FORMS = ['20240229', '1305', '130509', '13:05:09.1234567', 'T13:05', '13',
         '13:5', '13:05:', '1305:09', '13:05:09:123', '130509.123',
         '13:05:09,5', '13.5', '1305.5', '13:05.5', '13:05+01', '13:05+0100',
         '13:05+01:00', '13:05-01:30:15', '13:05+01:00:00.123456',
         '13:05+01:00:00.1234567', '13:05+01:00:00.1', '13:05Z', '13:05z',
         '13:05:09.123456789', '13:05:09.', '13:05:09.+01:00', '1305+0100',
         'T1305', 'TT13', '', 'T', '24:00', '13:60', '13:05+1', '13:05+011',
         '13:05+01:0', '13:05+010000', '13:05+25:00', '25:00+25:00',
         '13:05-24:00', '13:05+23:59:59.999999', '130509Z', '13+01',
         '13:05Z+01', '13:05+01Z', '13:05\x00', '13:05Z\x00x', '13:05\x00x',
         '13:05:09.5\x00', '13:05+00:00', '13:05-00:00:00.000001']


def show(parse, text):
    try:
        value = parse(text)
    except ValueError as e:
        print(repr(text), 'ValueError', e)
    else:
        print(repr(text), repr(value))


for form in FORMS:
    show(datetime.time.fromisoformat, form)
for form in FORMS:
    for date_part in ('2024-02-29T', '20240229 ', '2024W015'):
        show(datetime.datetime.fromisoformat, date_part + form)
