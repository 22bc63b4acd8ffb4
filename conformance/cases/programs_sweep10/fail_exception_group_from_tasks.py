def run_all(tasks):
    errors = []
    for name, fn in tasks:
        try:
            print(name, fn())
        except Exception as e:
            e.add_note(f"while running task {name!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors)
run_all([("div", lambda: 1 / 0), ("ok", lambda: 42), ("idx", lambda: [][1]), ("int", lambda: int("x"))])
