# A bound method reads its function's attributes but takes none itself.
class Greeter:
    def greet(self, name):
        "Say hello."
        return f"hello {name}"
    greet.tag = "friendly"


g = Greeter()
m = g.greet
print(m.__name__, m.__qualname__, m.__doc__, m.__module__, m.tag)
print(m.__func__ is Greeter.greet, m.__dict__ is Greeter.greet.__dict__)
Greeter.greet.added_later = 1
print(m.added_later)
for stmt in ("m.x = 1", "m.__name__ = 'y'", "del m.tag"):
    try:
        if stmt.startswith("del"):
            del m.tag
        elif "__name__" in stmt:
            m.__name__ = "y"
        else:
            m.x = 1
    except AttributeError as e:
        print("AttributeError", e)
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
