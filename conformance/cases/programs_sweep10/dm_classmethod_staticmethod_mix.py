class Date:
    fmt = "{y:04d}-{m:02d}-{d:02d}"
    def __init__(self, y, m, d): self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __str__(self): return self.fmt.format(y=self.y, m=self.m, d=self.d)
class USDate(Date):
    fmt = "{m:02d}/{d:02d}/{y:04d}"
print(Date.parse("2024-2-9"), USDate.parse("2024-02-29"), type(USDate.parse("1-1-1")).__name__)
print(Date.is_leap(1900), Date(1,1,1).is_leap(2000), USDate.is_leap(2024))
sm = Date.__dict__["is_leap"]; cm = Date.__dict__["parse"]
print(type(sm).__name__, type(cm).__name__, sm(2023), cm.__func__.__name__)
bound = Date.parse
print(bound.__name__, bound.__qualname__)
try:
    Date.parse("x-y-z")
except ValueError as e:
    print("ValueError", e)
