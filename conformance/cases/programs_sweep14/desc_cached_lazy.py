# A non-data descriptor that caches into the instance dict, next to a data
# descriptor that always wins, and functools.cached_property.
import functools


class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class always:
    def __get__(self, obj, cls=None):
        return "descriptor wins" if obj is not None else self

    def __set__(self, obj, value):
        obj.__dict__["shadow"] = value


class Report:
    shadow = always()

    def __init__(self, rows):
        self.rows = rows

    @lazy
    def total(self):
        """Sum of the rows."""
        return sum(self.rows)

    @functools.cached_property
    def mean(self):
        print("  computing mean")
        return self.total / len(self.rows)


r = Report([3, 4, 5])
print(r.total, r.total, r.mean, r.mean)
print(sorted(vars(r)))
r.shadow = "instance value"
print(r.shadow, r.__dict__["shadow"])
del r.total
print(r.total)
r.total = 100
print(r.total, Report.total.__doc__, type(Report.__dict__["mean"]).__name__)
del r.mean
print(r.mean)
try:
    Report.mean.__get__(object())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
