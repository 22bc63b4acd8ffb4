# json.dumps walks a copy of a dict's items without indent (CPython's C
# encoder) and the live dict with indent (its Python encoder), so a
# default() hook that changes the dict matters only in the second case.
import json


def attempt(label, **kw):
    data = {"a": object(), "b": object(), "c": 3}

    def default(o):
        data.pop("c", None)
        data["z"] = 1
        return "x"
    try:
        print(label, json.dumps(data, default=default, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("compact")
attempt("sorted", sort_keys=True)
attempt("indent", indent=1)
attempt("indent sorted", indent=1, sort_keys=True)
