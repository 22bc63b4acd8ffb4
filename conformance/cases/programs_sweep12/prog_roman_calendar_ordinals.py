def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000]))
from datetime import date
for d in [date(2024, 1, 1), date(2024, 3, 22), date(2024, 11, 3), date(2025, 12, 31)]:
    week = (d.day - 1) // 7 + 1
    print(f"{d:%A}, the {ordinal(d.day)} of {d:%B} {d.year} - {ordinal(week)} {d:%A} of the month, day {d.timetuple().tm_yday}")
