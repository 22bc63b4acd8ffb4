# What __enter__ returns is bound by `as`; __exit__'s return value decides
# suppression (truthy non-bool values too).
class Returns:
    def __init__(self, enter_value, exit_value):
        self.enter_value, self.exit_value = enter_value, exit_value

    def __enter__(self):
        return self.enter_value

    def __exit__(self, et, ev, tb):
        print(f"  exit({et.__name__ if et else None}) -> {self.exit_value!r}")
        return self.exit_value


for exit_value in (None, False, 0, "", 1, "yes", [0]):
    try:
        with Returns(exit_value, exit_value) as v:
            raise ValueError(f"with {v!r}")
        print("suppressed by", repr(exit_value))
    except ValueError as e:
        print("propagated:", e)
with Returns([1, 2], None) as (a, b):
    print("unpacked", a, b)
