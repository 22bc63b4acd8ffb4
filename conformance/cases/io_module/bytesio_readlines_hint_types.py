# BytesIO.readlines takes an int (bools and int subclasses as they are) or
# None for its hint, and nothing else: no __index__ conversion, unlike
# read/readline and StringIO.readlines, which take any __index__ object.
import io


class Index:
    def __index__(self):
        return 2


class IntSub(int):
    def __index__(self):
        return 100

    def __int__(self):
        return 100


data = b"ab\ncd\nef\n"
hints = [None, -1, 0, 1, 3, 4, True, False, IntSub(2), Index(), 2.0, "2",
         b"2", 10 ** 30, -10 ** 30]
for hint in hints:
    label = type(hint).__name__ if isinstance(hint, (Index, IntSub)) else repr(hint)
    for cls, payload in [(io.BytesIO, data), (io.StringIO, data.decode())]:
        for method in ["readlines", "readline", "read"]:
            stream = cls(payload)
            try:
                result = getattr(stream, method)(hint)
            except (TypeError, OverflowError) as exc:
                result = f"{type(exc).__name__}: {exc}"
            print(cls.__name__, method, label, result)

closed = io.BytesIO(data)
closed.close()
for hint in [2, 2.0]:
    try:
        closed.readlines(hint)
    except (ValueError, TypeError) as exc:
        print("closed", repr(hint), type(exc).__name__, exc)
