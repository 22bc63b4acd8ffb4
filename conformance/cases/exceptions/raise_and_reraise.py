# raise, bare raise, raising classes vs instances.
def check_age(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError("age cannot be negative")
    return age


for a in (30, -1, "x", 2.5):
    try:
        print("ok", check_age(a))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)


def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraiser()
except KeyError as e:
    print("caught again", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise IndexError()
except IndexError as e:
    print(repr(e))
try:
    raise RuntimeError("first", "second", 3)
except RuntimeError as e:
    print(e, e.args, repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
