from datetime import date, timedelta

start = date(2024, 2, 27)
for i in range(4):
    print(start + timedelta(days=i))
print((date(2024, 3, 1) - start).days)
print(start + 3)
