def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r} in table of {len(table)}") from None

t = {"a": 1}
print(lookup(t, "a"))
lookup(t, "zz")
