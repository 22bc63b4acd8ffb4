# An exception group's message and exceptions are read-only members.
group = ExceptionGroup("several", [TypeError(1), OSError(2)])
print(type(group.exceptions).__name__, group.message)
for name in ("message", "exceptions"):
    try:
        setattr(group, name, "new")
    except AttributeError as exc:
        print("set", name, "AttributeError", exc)
    try:
        delattr(group, name)
    except AttributeError as exc:
        print("del", name, "AttributeError", exc)
print(group.message, group.exceptions)
group.note = "an ordinary attribute"
print(group.note)


class Tagged(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        try:
            self.message = "changed"
        except AttributeError as exc:
            print("in __init__", exc)


print(Tagged("tagged", [ValueError()]).message)
