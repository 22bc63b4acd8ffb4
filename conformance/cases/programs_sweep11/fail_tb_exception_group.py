def validate(rec):
    errs = []
    if "id" not in rec:
        errs.append(KeyError("id"))
    if not isinstance(rec.get("n"), int):
        errs.append(TypeError(f"n must be int, got {type(rec.get('n')).__name__}"))
    if errs:
        raise ExceptionGroup("invalid record", errs)
    return rec


print(validate({"id": 1, "n": 2}))
try:
    validate({"n": "x"})
except* KeyError as g:
    print("keys:", g.exceptions)
