# Putting the refused names into the function's __dict__ must not make them
# readable as attributes, nor hand out anything but the script's own value.
# expect: AttributeError: '__globals__' is not available in the sandbox
def f(): pass
f.__dict__["__globals__"] = "planted"
f.__dict__["__code__"] = "planted"
print(f.__dict__["__globals__"])
print(getattr(f, "__globals__"))
