class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"bad month {month}")
        if not 1 <= day <= self.month_length(year, month):
            raise ValueError(f"bad day {day} for {year}-{month:02d}")
        self.year, self.month, self.day = year, month, day

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @classmethod
    def month_length(cls, year, month):
        if month == 2 and cls.is_leap(year):
            return 29
        return cls.days_in_month[month - 1]

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(part) for part in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal_day(cls, year, n):
        month = 1
        while n > cls.month_length(year, month):
            n -= cls.month_length(year, month)
            month += 1
        return cls(year, month, n)

    def day_of_year(self):
        return sum(self.month_length(self.year, m) for m in range(1, self.month)) + self.day

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = (int(part) for part in s.split("/"))
        return cls(y, m, d)

    def __str__(self):
        return f"{self.day:02d}/{self.month:02d}/{self.year}"


d = Date.from_string("2024-02-29")
print(repr(d), str(d), d.day_of_year())
e = EuroDate.from_string("01/03/2023")
print(repr(e), e, e.day_of_year())
print(Date.from_ordinal_day(2024, 60), EuroDate.from_ordinal_day(2023, 365))
print(Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
for s in ("2023-02-29", "2023-13-01", "2023-x-01"):
    try:
        print(Date.from_string(s))
    except ValueError as err:
        print("ValueError", err)
m = Date.from_string
print(m("1999-12-31"), type(EuroDate.from_ordinal_day(2000, 1)).__name__)
