from datetime import date
print(date(2024, 13, 1))
