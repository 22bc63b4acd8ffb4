def run_all(tasks):
    errors = []
    for name, fn in tasks:
        try:
            fn()
        except Exception as e:
            e.add_note(f"in task {name!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} task(s) failed", errors)


run_all([("ok", lambda: 1), ("div", lambda: 1 / 0), ("key", lambda: {}["k"])])
