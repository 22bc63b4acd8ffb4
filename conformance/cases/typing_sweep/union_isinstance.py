# isinstance and issubclass with X | Y.
print(isinstance(3, int | str), isinstance("a", int | str), isinstance(3.0, int | str))
print(isinstance(True, int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(3, (int | str, float)))
print(isinstance([], list | tuple), isinstance((), list | tuple))
def check(x):
    match x:
        case int() | str():
            return "scalar"
        case _:
            return "other"
print(check(1), check("s"), check([]))
