# Truth values of built-in objects.
values = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", " ", "0", [], [0], (), (None,), {},
          {0: 0}, set(), {0}, range(0), range(1), None, True, False, frozenset()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy", not v)
print(bool(), bool(None), bool(...))
print(all([]), any([]), all([0, 1]), any([0, 0.0, "", 3]))
