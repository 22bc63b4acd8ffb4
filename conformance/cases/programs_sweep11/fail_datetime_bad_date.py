from datetime import date

for y, m, d in [(2024, 2, 29), (2023, 2, 29)]:
    print(date(y, m, d).isoformat())
