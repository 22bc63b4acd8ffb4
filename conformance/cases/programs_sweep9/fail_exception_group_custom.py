class ValidationError(Exception):
    pass

def validate(rows):
    errors = []
    for i, row in enumerate(rows):
        if not row.get("id"):
            errors.append(ValidationError(f"row {i}: missing id"))
        if row.get("qty", 0) < 0:
            errors.append(ValueError(f"row {i}: negative qty"))
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([{"id": 1}, {"qty": -1}])
except* ValidationError as eg:
    print("validation:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("value:", [str(e) for e in eg.exceptions])
validate([{"id": 2, "qty": -5}, {}])
