# list.sort detaches the list's buffer while it sorts (the list looks
# empty), and a key function or __lt__ then works on that empty list:
# clears, no-op extends and slices, a nested sort of the same list,
# appends followed by clears, and reads of len() and items. What changes
# nothing is not a modification (as in CPython); anything stored is
# "list modified during sort", and the list comes back whole either way.
# expect-output: clear ok [1, 2, 3, 4, 5]
# expect-output: nested sort ok [1, 2, 3, 4, 5]
# expect-output: nested sort with key ok [1, 2, 3, 4, 5]
# expect-output: sorted copy ok [1, 2, 3, 4, 5]
# expect-output: len ok [1, 2, 3, 4, 5]
# expect-output: del slice ok [1, 2, 3, 4, 5]
# expect-output: append ValueError list modified during sort [1, 2, 3, 4, 5]
# expect-output: append then clear ValueError list modified during sort [1, 2, 3, 4, 5]
# expect-output: extend then sort ValueError list modified during sort [1, 2, 3, 4, 5]
# expect-output: imul ok [1, 2, 3, 4, 5]
# expect-output: lt grows and sorts list modified during sort [1, 2, 3]
def attempt(label, change):
    data = [5, 3, 1, 4, 2]

    def key(x):
        change(data)
        return x
    try:
        data.sort(key=key)
        print(label, "ok", data)
    except ValueError as e:
        print(label, "ValueError", e, data)


attempt("clear", lambda d: d.clear())
attempt("nested sort", lambda d: d.sort())
attempt("nested sort with key", lambda d: d.sort(key=lambda v: v, reverse=True))
attempt("sorted copy", lambda d: sorted(d))
attempt("len", lambda d: len(d))
attempt("del slice", lambda d: d.__delitem__(slice(None)))
attempt("append", lambda d: d.append(0))
attempt("append then clear", lambda d: (d.append(0), d.clear()))
attempt("extend then sort", lambda d: (d.extend([9, 8]), d.sort()))
attempt("imul", lambda d: d.__imul__(3))


class Lt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        target.extend(range(3))
        target.sort()
        return self.v < other.v


target = [Lt(3), Lt(1), Lt(2)]
try:
    target.sort()
except ValueError as e:
    print("lt grows and sorts", e, [x.v for x in target])
