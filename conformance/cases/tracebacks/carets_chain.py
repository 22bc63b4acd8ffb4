# Carets in every part of a chain of exceptions, and in nested groups.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError(f"no {key!r}") from e


def run():
    try:
        lookup({"a": 1}, "b")
    except LookupError:
        return {"x": None}["x"] + 1


run()
