# A module body that calls a hook the script planted (abc.ABCMeta.register,
# which numbers' body calls for complex, float and int) runs the hook while
# the module is unfinished: its namespace still holds what the body deletes
# at its end, such as the _builtin_function marker. A script's `import` of
# that module is refused then, so the attack asks the natives that look a
# module up by name instead: typing._module_global(name, attr, default)
# (what get_type_hints resolves names with, also reached through a string
# annotation) and unittest._module(name) (unittest's sys.modules stand-in).
# Neither may hand out a module, or anything in it, before its body ends;
# afterwards both see the finished module, without the marker.
# expect-output: during the body: _module_global marker -> True
# expect-output: during the body: _module_global Number -> True
# expect-output: during the body: unittest._module -> None
# expect-output: during the body: annotation -> AttributeError
# expect-output: during the body: import -> importing module 'numbers' while its own initialization runs is not available in the sandbox
# expect-output: hook ran 3 times
# expect-output: after: Number True
# expect-output: after: marker True
# expect-output: after: unittest._module True
# expect-output: after: hasattr marker False
import abc
import typing
import unittest

MISSING = object()
seen = []
original_register = abc.ABCMeta.register


def hook(cls, subclass):
    marker = typing._module_global("numbers", "_builtin_function", MISSING)
    seen.append(("_module_global marker", marker is MISSING))
    number = typing._module_global("numbers", "Number", MISSING)
    seen.append(("_module_global Number", number is MISSING))
    seen.append(("unittest._module", unittest._module("numbers")))

    def annotated(x: "numbers._builtin_function"):
        pass

    try:
        typing.get_type_hints(annotated, globalns={"numbers": unittest._module("numbers")})
        seen.append(("annotation", "resolved"))
    except Exception as e:
        seen.append(("annotation", type(e).__name__))
    try:
        import numbers
        seen.append(("import", "returned"))
    except ImportError as e:
        seen.append(("import", str(e)))
    return original_register(cls, subclass)


abc.ABCMeta.register = hook
import numbers

abc.ABCMeta.register = original_register
for label, result in seen[:5]:
    print("during the body:", label, "->", result)
print("hook ran", len(seen) // 5, "times")
print("after: Number", typing._module_global("numbers", "Number", MISSING) is numbers.Number)
print("after: marker", typing._module_global("numbers", "_builtin_function", MISSING) is MISSING)
print("after: unittest._module", unittest._module("numbers") is numbers)
print("after: hasattr marker", hasattr(numbers, "_builtin_function"))
