from datetime import datetime, timedelta, timezone

UTC = timezone.utc
OFFSETS = {"NYC": timezone(timedelta(hours=-5), "EST"), "Berlin": timezone(timedelta(hours=1), "CET"),
           "Tokyo": timezone(timedelta(hours=9), "JST"), "Kolkata": timezone(timedelta(hours=5, minutes=30))}
meeting_utc = datetime(2024, 1, 15, 14, 30, tzinfo=UTC)
print("UTC:", meeting_utc.isoformat(), meeting_utc.tzname())
for city, tz in OFFSETS.items():
    local = meeting_utc.astimezone(tz)
    ok = 9 <= local.hour < 18
    print(f"{city:<8} {local:%Y-%m-%d %H:%M} {local.tzname():<10} utcoffset={local.utcoffset()} {'work hours' if ok else 'off hours'}")
berlin = datetime(2024, 1, 15, 23, 0, tzinfo=OFFSETS["Berlin"])
tokyo = datetime(2024, 1, 16, 7, 0, tzinfo=OFFSETS["Tokyo"])
print(berlin == tokyo, tokyo - berlin, berlin < tokyo, berlin.astimezone(UTC))
naive = datetime(2024, 1, 15, 12, 0)
print(naive.tzinfo, naive.replace(tzinfo=UTC).isoformat(), str(timezone(timedelta(hours=-3, minutes=-30))))
try:
    naive < meeting_utc
except TypeError as e:
    print("TypeError:", e)
print(datetime.fromisoformat("2024-03-01T10:00:00+02:00").astimezone(UTC))
print(datetime(2024, 1, 1, tzinfo=UTC).strftime("%Y %z %Z"), datetime.fromtimestamp(0, UTC))
