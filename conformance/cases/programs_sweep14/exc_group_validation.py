# Validate a batch of records, collect every problem in an ExceptionGroup
# and handle the kinds separately with except*.
class FieldError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(FieldError("name", "required"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(FieldError("age", "negative"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')}", errors)


records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": -1},
           {"id": 3, "name": "c", "age": "x"}, {"id": 4, "age": None}]
for rec in records:
    try:
        validate(rec)
        print(rec["id"], "ok")
    except* FieldError as eg:
        print(rec["id"], "field errors:", [e.field for e in eg.exceptions], eg.message)
    except* TypeError as eg:
        print(rec["id"], "type errors:", [str(e) for e in eg.exceptions])

try:
    try:
        validate(records[3])
    except* TypeError:
        print("handled the TypeError part only")
except ExceptionGroup as rest:
    print("left over:", repr(rest))
eg = ExceptionGroup("all", [FieldError("a", "x"), TypeError("t"), ExceptionGroup("inner", [FieldError("b", "y")])])
match, rest = eg.split(FieldError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print([type(e).__name__ for e in eg.derive([KeyError()]).exceptions])
