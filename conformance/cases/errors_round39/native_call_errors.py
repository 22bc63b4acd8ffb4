# Wrong calls to functions CPython writes in C: each convention's texts,
# and the module prefix a METH_O or keyword-refusing function names.
import cmath
import hmac
import operator
import struct
import sys
import types
import unicodedata
import warnings
import weakref


class Target:
    pass


calls = {
    "unicodedata.category()": lambda: unicodedata.category(),
    "unicodedata.category(x=1)": lambda: unicodedata.category(x=1),
    "unicodedata.lookup('a', 'b')": lambda: unicodedata.lookup("a", "b"),
    "unicodedata.decimal(x=1)": lambda: unicodedata.decimal(x=1),
    "unicodedata.decimal()": lambda: unicodedata.decimal(),
    "unicodedata.normalize(form='NFC')": lambda: unicodedata.normalize(form="NFC"),
    "sys.intern()": lambda: sys.intern(),
    "sys.setrecursionlimit(1, 2)": lambda: sys.setrecursionlimit(1, 2),
    "struct.calcsize()": lambda: struct.calcsize(),
    "struct.calcsize(format='i')": lambda: struct.calcsize(format="i"),
    "struct.pack(fmt='i')": lambda: struct.pack(fmt="i"),
    "struct.iter_unpack('i')": lambda: struct.iter_unpack("i"),
    "struct.iter_unpack('i', buffer=b'')": lambda: struct.iter_unpack("i", buffer=b""),
    "operator.length_hint([], default=1)": lambda: operator.length_hint([], default=1),
    "hmac.compare_digest(a=b'', b=b'')": lambda: hmac.compare_digest(a=b"", b=b""),
    "weakref.proxy(Target(), callback=None)": lambda: weakref.proxy(Target(), callback=None),
    "weakref.ref(x=1)": lambda: weakref.ref(x=1),
    "weakref.ref(Target(), None, None)": lambda: weakref.ref(Target(), None, None),
    "types.MappingProxyType()": lambda: types.MappingProxyType(),
    "types.MappingProxyType({}, {})": lambda: types.MappingProxyType({}, {}),
    "types.EllipsisType(1)": lambda: types.EllipsisType(1),
    "type(None)(1)": lambda: type(None)(1),
    "cmath.isclose(1, 2, 3, 4, 5)": lambda: cmath.isclose(1, 2, 3, 4, 5),
    "cmath.isclose(1, 2, 3)": lambda: cmath.isclose(1, 2, 3),
    "warnings.warn()": lambda: warnings.warn(),
    "warnings.warn(1, 2, 3, 4, 5)": lambda: warnings.warn(1, 2, 3, 4, 5),
    "warnings.warn_explicit('m', UserWarning, 'f')": lambda: warnings.warn_explicit(
        "m", UserWarning, "f"),
}
print(types.MappingProxyType(mapping={"a": 1}))
print(warnings.warn, struct.iter_unpack)
for text, call in calls.items():
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
