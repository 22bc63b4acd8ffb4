# While list.sort runs, the list looks empty; operations that change
# nothing on an empty list leave the sort alone, anything that stores an
# item makes it "list modified during sort".
def attempt(label, change):
    data = [3, 1, 2]

    def key(x):
        change(data)
        return x
    try:
        data.sort(key=key)
        print(label, "ok", data)
    except ValueError as e:
        print(label, "ValueError", e, data)


attempt("clear", lambda d: d.clear())
attempt("extend empty", lambda d: d.extend([]))
attempt("iadd empty", lambda d: d.__iadd__([]))
attempt("del slice", lambda d: d.__delitem__(slice(None)))
attempt("assign empty slice", lambda d: d.__setitem__(slice(None), []))
attempt("imul zero", lambda d: d.__imul__(0))
attempt("imul two", lambda d: d.__imul__(2))
attempt("reverse", lambda d: d.reverse())
attempt("nested sort", lambda d: d.sort())
attempt("append", lambda d: d.append(0))
attempt("append then clear", lambda d: (d.append(0), d.clear()))
attempt("insert", lambda d: d.insert(0, 9))
attempt("extend", lambda d: d.extend([7]))
