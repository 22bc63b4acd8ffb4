# sys.float_info: a tuple with named, read-only fields and CPython's repr.
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(len(fi), fi[0] == fi.max, fi[-3] == fi.epsilon, isinstance(fi, tuple))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2)
print(tuple(fi)[6:8], fi[6:8], fi.count(2), fi.index(53))
print(fi == tuple(fi), hash(fi) == hash(tuple(fi)))
try:
    fi.max = 1.0
except AttributeError as e:
    print("AttributeError", e)
try:
    fi.nope
except AttributeError as e:
    print("AttributeError", e)
match sys.version_info:
    case (3, minor, *_):
        print("python 3 minor", minor)
