# Arbitrary attributes on functions: set, read, delete, and the errors for
# missing ones.
def handler():
    return "handled"


handler.priority = 3
handler.tags = ["a", "b"]
print(handler.priority, handler.tags, handler())
handler.priority += 1
print(handler.priority)
print(hasattr(handler, "tags"), hasattr(handler, "missing"))
print(getattr(handler, "missing", "default"), getattr(handler, "priority"))
setattr(handler, "late", "set by setattr")
print(handler.late)
del handler.tags
print(hasattr(handler, "tags"))
try:
    del handler.tags
except AttributeError as e:
    print("AttributeError", e)
try:
    handler.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    handler.__wrapped__
except AttributeError as e:
    print("AttributeError", e)
delattr(handler, "late")
print(getattr(handler, "late", None))
lam = lambda: 0
lam.attr = "lambdas too"
print(lam.attr)
