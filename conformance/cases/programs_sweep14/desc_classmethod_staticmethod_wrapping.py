# classmethod/staticmethod objects: calling through class and instance,
# __func__, wrapping a property in classmethod (3.11), and alternate
# constructors in subclasses.
import datetime


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split("-")))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @classmethod
    @property
    def kind(cls):
        return cls.__name__.lower()

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class Birthday(Date):
    pass


print(Date.parse("2024-02-29"), Birthday.parse("1990-7-4"), Birthday(1, 2, 3).parse("5-6-7"))
print(Date.is_leap(1900), Date.is_leap(2000), Birthday(1, 1, 1).is_leap(2024))
print(Date.kind, Birthday.kind)
cm = Date.__dict__["parse"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(2023), callable(sm))
print(cm.__get__(None, Birthday)("2000-1-1"), sm.__get__(None, Date)(2004))
print(Date.parse.__name__, Date.is_leap.__qualname__)
print(datetime.date.fromisoformat("2021-03-04"), type(datetime.date.__dict__["fromisoformat"]).__name__ in ("classmethod", "classmethod_descriptor"))
