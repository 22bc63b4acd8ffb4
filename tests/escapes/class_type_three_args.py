# type(name, bases, dict) builds classes outside the class statement.
# expect: TypeError: type() with three arguments is not available in the sandbox
X = type("X", (object,), {"__init__": lambda self: None})
