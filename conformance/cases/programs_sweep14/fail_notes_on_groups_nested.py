# Notes on a nested group and its members all appear in the tree.
def validate(field, value):
    if not value:
        e = ValueError(f"{field} is empty")
        e.add_note("fill in every field")
        raise e


def form(values):
    errors = []
    for field, value in values.items():
        try:
            validate(field, value)
        except ValueError as e:
            errors.append(e)
    if errors:
        g = ExceptionGroup("form invalid", errors)
        g.add_note(f"{len(errors)} of {len(values)} fields failed")
        raise g


form({"a": 1})
print("first form ok")
try:
    form({"name": "", "mail": "x"})
except ExceptionGroup as g:
    outer = ExceptionGroup("submission", [g, KeyError("session")])
    outer.add_note("request id 42")
    raise outer
