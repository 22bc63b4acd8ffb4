# re.finditer and Pattern.finditer return a callable_iterator over the
# scanner's search, as CPython's: matches are found as next() asks.
import re

it = re.finditer(r"\d+", "a1 b22 c333")
print(type(it).__name__, iter(it) is it)
print(next(it).group(), [m.span() for m in it], list(it))
print([m.span() for m in re.compile("a*").finditer("baaac")])
print([m.group() for m in re.compile("x|").finditer("axbx", 1, 3)])
big = "ab" * 100000
first = next(re.finditer("b", big))
print(first.span(), first.string is big)
count = 0
for m in re.finditer("(a)(b)", big):
    count += 1
    if count == 3:
        print(m.groups(), m.span())
        break
try:
    re.finditer("a", 5)
except TypeError as e:
    print("TypeError", e)
