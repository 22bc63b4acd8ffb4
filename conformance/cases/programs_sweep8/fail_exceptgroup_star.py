def validate(rec):
    errs = []
    if not rec.get("name"): errs.append(ValueError("missing name"))
    if not isinstance(rec.get("age"), int): errs.append(TypeError("age must be int"))
    if errs: raise ExceptionGroup(f"record {rec.get('id')}", errs)
recs = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "", "age": 1}]
for r in recs:
    try:
        validate(r)
        print("ok", r["id"])
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
def run_all():
    errors = []
    for r in recs:
        try:
            validate(r)
        except ExceptionGroup as eg:
            errors.append(eg)
    raise ExceptionGroup("validation failed", errors)
try:
    run_all()
except* TypeError as eg:
    print("caught types", len(eg.exceptions))
