# Zero-padded times and durations.
def hms(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


for secs in (0, 59, 60, 3599, 3600, 86399, 123456):
    print(secs, hms(secs))
year, month, day = 2024, 3, 7
print(f"{year}-{month:02}-{day:02}", f"{day:02d}/{month:02d}/{year % 100:02d}")
laps = [61.234, 59.8, 60.05]
for i, lap in enumerate(laps, 1):
    minutes, sec = divmod(lap, 60)
    print(f"lap {i}: {int(minutes)}:{sec:06.3f}")
