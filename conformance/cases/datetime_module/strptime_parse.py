# datetime.strptime: directives, defaults and error messages.
from datetime import datetime

for s, f in [("2024-05-01 13:45", "%Y-%m-%d %H:%M"), ("01/05/24", "%d/%m/%y"),
             ("31/12/69", "%d/%m/%y"), ("1/1/68", "%d/%m/%y"),
             ("Wednesday 01 May 2024", "%A %d %B %Y"), ("wed 1 may 2024", "%a %d %b %Y"),
             ("7:05 PM", "%I:%M %p"), ("12:00 am", "%I:%M %p"), ("12:30 PM", "%I:%M %p"),
             ("2024-05-01T13:45:07.5", "%Y-%m-%dT%H:%M:%S.%f"), ("123", "%j"),
             ("2024 123", "%Y %j"), ("2024-05-01 13:45:07 +0530", "%Y-%m-%d %H:%M:%S %z"),
             ("2024-05-01 -08:00", "%Y-%m-%d %z"), ("2024-05-01 Z", "%Y-%m-%d %z"),
             ("2024   05", "%Y %m"), ("100% 2024", "100%% %Y"), ("2024 UTC", "%Y %Z"),
             ("Wed May  1 13:45:07 2024", "%c"), ("05/01/24", "%x"), ("13:45:07", "%X"),
             ("2024 10 3", "%Y %U %w"), ("2024 10 3", "%Y %W %w"), ("2024 00 0", "%Y %U %w"),
             ("2024 18 3", "%G %V %u"), ("", ""), ("13", "%H"), ("5", "%m"), ("2024-5-1", "%Y-%m-%d"),
             ("  7", "%d") if False else ("7", "%d")]:
    try:
        print(repr(s), repr(f), "->", repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "->", e)
for s, f in [("2024-05-01", "%Y/%m/%d"), ("2024-05-01 extra", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"),
             ("2024-02-30", "%Y-%m-%d"), ("2024", "%Q"), ("2024", "%Y%"), ("29 Feb", "%d %b"),
             ("24:00", "%H:%M"), ("2024 18", "%G %V"), ("2024 18 3", "%Y %V %u"), ("abc", "%Y"),
             ("2024-05-01 13:45:07 +05:30:3", "%Y-%m-%d %H:%M:%S %z")]:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), repr(f), "->", e)
for args in [(5, "%Y"), ("2024", 5)]:
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(e)
print(datetime.strptime("2024-05-01", "%Y-%m-%d").date())
