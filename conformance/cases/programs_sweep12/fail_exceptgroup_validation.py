class FieldError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(FieldError("name", "must not be empty"))
    age = record.get("age")
    if not isinstance(age, int):
        errors.append(TypeError(f"age must be int, not {type(age).__name__}"))
    elif age < 0:
        errors.append(FieldError("age", "must be >= 0"))
    if "@" not in record.get("email", ""):
        errors.append(FieldError("email", "missing @"))
    if errors:
        raise ExceptionGroup(f"record {record.get('id')} invalid", errors)


records = [
    {"id": 1, "name": "Ann", "age": 31, "email": "ann@x.org"},
    {"id": 2, "name": "", "age": -3, "email": "bob"},
    {"id": 3, "name": "Cy", "age": "12", "email": "cy@x.org"},
]
for rec in records[:1]:
    validate(rec)
    print("ok", rec["id"])
try:
    validate(records[1])
except* FieldError as eg:
    print("field errors:", [e.field for e in eg.exceptions])
validate(records[2])
