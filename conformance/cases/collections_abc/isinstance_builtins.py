# Which built-in objects each ABC recognises (hooks and registered types).
import collections.abc as cabc

def gen():
    yield 1

samples = [
    ("list", []), ("tuple", ()), ("dict", {}), ("set", set()), ("frozenset", frozenset()),
    ("str", ""), ("bytes", b""), ("bytearray", bytearray()), ("range", range(3)),
    ("dict_keys", {}.keys()), ("dict_values", {}.values()), ("dict_items", {}.items()),
    ("list_iterator", iter([])), ("generator", gen()), ("int", 1), ("float", 1.5),
    ("bool", True), ("None", None), ("builtin_function", len), ("lambda", lambda: 0),
    ("object", object()), ("type", int), ("zip", zip()), ("map", map(abs, [])),
    ("enumerate", enumerate([])), ("reversed", reversed([])), ("dict_keyiterator", iter({})),
    ("slice", slice(1)),
]
for name in cabc.__all__:
    abc_class = getattr(cabc, name)
    hits = [label for label, value in samples if isinstance(value, abc_class)]
    print(f"{name}: {', '.join(hits)}")
