class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"task {task!r}: {reason}")
        self.task = task


def run(tasks):
    errors = []
    done = []
    for name, fn in tasks:
        try:
            done.append((name, fn()))
        except Exception as e:
            errors.append(TaskError(name, repr(e)))
    print("completed:", done)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)


run([("one", lambda: 1)])
run([("div", lambda: 1 / 0), ("ok", lambda: "fine"), ("idx", lambda: [][0]),
     ("key", lambda: {}["k"])])
