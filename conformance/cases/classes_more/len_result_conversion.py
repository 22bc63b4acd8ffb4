# What __len__ may return: an int, a bool, or anything with __index__;
# negative, huge and non-integer results fail as CPython's slot_sq_length.
class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Sized:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        return self.result


for result in [3, True, Index(4), Index(0), 0, -1, Index(-2), 2**70, 2.0, "3", None, Index(2.5)]:
    s = Sized(result)
    try:
        print("len", len(s), "bool", bool(s))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
