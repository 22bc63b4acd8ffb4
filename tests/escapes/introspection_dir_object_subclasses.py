# dir(type) leaves out the class-graph walkers CPython lists there
# (__subclasses__, __mro__, __bases__, mro); reaching one by name is still
# refused.
names = [n for n in dir(type) if "subclasses" in n or "mro" in n or "bases" in n]
print(names)
print(getattr(object, "__subclasses__")())
# expect-output: []
# expect: AttributeError: '__subclasses__' is not available in the sandbox
