def validate_user(u):
    errors = []
    if not u.get("name"):
        errors.append(ValueError("name is required"))
    if not isinstance(u.get("age"), int):
        errors.append(TypeError(f"age must be int, got {type(u.get('age')).__name__}"))
    if "@" not in u.get("email", ""):
        errors.append(ValueError("email looks wrong"))
    if errors:
        raise ExceptionGroup(f"user {u.get('id')} invalid", errors)


try:
    validate_user({"id": 1, "name": "", "age": "x", "email": "nope"})
except* TypeError as eg:
    print("type problems:", [str(e) for e in eg.exceptions])
except* ValueError as eg:
    print("value problems:", [str(e) for e in eg.exceptions])
validate_user({"id": 2, "name": "Bo", "age": 3.5, "email": "bo@x"})
