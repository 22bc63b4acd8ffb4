def validate(record):
    errors = [ValueError("age must be positive")]
    inner = [TypeError("name must be str"), KeyError("email")]
    errors.append(ExceptionGroup("contact", inner))
    raise ExceptionGroup(f"record {record} invalid", errors)


validate(7)
