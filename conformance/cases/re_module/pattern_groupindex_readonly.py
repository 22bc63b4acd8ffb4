# Pattern.groupindex is a read-only mappingproxy of the group names.
import re

p = re.compile(r"(?P<a>x)(?P<b>y)?")
print(p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex["a"] = 5
except TypeError as e:
    print("TypeError", e)
print(dict(p.groupindex), p.match("xy").group("b"))
