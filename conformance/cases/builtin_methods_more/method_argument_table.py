# Every method of the built-in types called with a table of argument lists
# (none, wrong types, too many, an unknown keyword, huge ints): the results
# and error messages python3.11 gives.
def t(label, f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = (type(r).__name__, sorted(r, key=repr))
        print(label, repr(r) if not callable(r) else "callable")
    except Exception as e:
        print(label, type(e).__name__, e)


# A fresh receiver for every call: some methods mutate it.
RECEIVERS = [
    ("str", lambda: "abc"), ("bytes", lambda: b"abc"), ("bytearray", lambda: bytearray(b"abc")),
    ("list", lambda: [1, 2]), ("tuple", lambda: (1, 2)), ("dict", lambda: {1: 2}),
    ("set", lambda: {1}), ("frozenset", lambda: frozenset({1})), ("int", lambda: 5),
    ("float", lambda: 1.5), ("bool", lambda: True), ("range", lambda: range(3)),
    ("dict_keys", lambda: {1: 2}.keys()), ("dict_items", lambda: {1: 2}.items()),
]
BYTES_METHODS = (
    "capitalize center count decode endswith expandtabs find fromhex hex index isalnum "
    "isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans "
    "partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip "
    "split splitlines startswith strip swapcase title translate upper zfill"
)
METHODS = {
    "str": "capitalize casefold center count encode endswith expandtabs find format format_map "
           "index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric "
           "isprintable isspace istitle isupper join ljust lower lstrip maketrans partition "
           "removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split "
           "splitlines startswith strip swapcase title translate upper zfill",
    "bytes": BYTES_METHODS,
    "bytearray": BYTES_METHODS + " append clear copy extend insert pop remove reverse",
    "list": "append clear copy count extend index insert pop remove reverse sort",
    "tuple": "count index",
    "dict": "clear copy fromkeys get items keys pop popitem setdefault update values",
    "set": "add clear copy difference difference_update discard intersection "
           "intersection_update isdisjoint issubset issuperset pop remove symmetric_difference "
           "symmetric_difference_update union update",
    "frozenset": "copy difference intersection isdisjoint issubset issuperset "
                 "symmetric_difference union",
    "int": "as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes",
    "float": "as_integer_ratio conjugate fromhex hex is_integer",
    "bool": "as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes",
    "range": "count index",
    "dict_keys": "isdisjoint",
    "dict_items": "isdisjoint",
}
ARGUMENTS = [
    ("", (), {}), ("None", (None,), {}), ("1", (1,), {}), ('"a"', ("a",), {}),
    ("1.5", (1.5,), {}), ("[]", ([],), {}), ("None, None", (None, None), {}),
    ("1, 2", (1, 2), {}), ('"a", "b"', ("a", "b"), {}), ("1, 2, 3, 4, 5", (1, 2, 3, 4, 5), {}),
    ("zz=1", (), {"zz": 1}), ('b"a"', (b"a",), {}), ("-1", (-1,), {}),
    ("10**30", (10**30,), {}), ('"a", 1', ("a", 1), {}), ('1, "a"', (1, "a"), {}),
]


STATIC_OR_CLASS = {"maketrans", "fromkeys", "fromhex", "from_bytes"}


def call_method(receiver, name, args, kwargs):
    # Through the type's method descriptor, as `receiver.name(...)` calls it
    # (a bound method object names itself without the type in some errors).
    if name in STATIC_OR_CLASS:
        return getattr(receiver, name)(*args, **kwargs)
    return getattr(type(receiver), name)(receiver, *args, **kwargs)


for type_name, make in RECEIVERS:
    for method in sorted(METHODS[type_name].split()):
        for label, args, kwargs in ARGUMENTS:
            t(f"{type_name}.{method}({label})",
              lambda: call_method(make(), method, args, kwargs))
