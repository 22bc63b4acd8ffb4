# Exceptions are ordinary objects: stored, compared by type, raised later.
collected = []
for fn, arg in ((int, "5"), (int, "five"), (len, 5), (abs, -3), (float, "1.5e")):
    try:
        collected.append(fn(arg))
    except Exception as exc:
        collected.append(exc)
for item in collected:
    if isinstance(item, Exception):
        print("error", type(item).__name__, item)
    else:
        print("value", item)
first_error = next(x for x in collected if isinstance(x, BaseException))
try:
    raise first_error
except ValueError as e:
    print("re-raised stored exception:", e, e is first_error)
print(type(ValueError("a")) is ValueError, ValueError("a") == ValueError("a"))
print([type(x).__name__ for x in collected])
