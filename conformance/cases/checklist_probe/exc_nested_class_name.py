class Outer:
    class InnerError(Exception):
        pass
print(Outer.InnerError.__qualname__, Outer.InnerError.__module__)
raise Outer.InnerError("nested class error")
