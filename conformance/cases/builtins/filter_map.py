# filter and map.
nums = [4, -1, 0, 7, -3, 10, 0]
print(list(filter(lambda n: n > 0, nums)), list(filter(None, nums)), list(filter(str.isdigit, ["1", "a", "22"])))
print(list(map(abs, nums)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(map(int, "1 2 3".split())), sum(map(len, ["ab", "cde"])), list(map(pow, [2, 3], [3, 2])))
m = map(lambda x: x * 10, range(3))
print(next(m), list(m), list(m))
f = filter(lambda c: c in "aeiou", "education")
print("".join(f))
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print("TypeError", e)
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(filter(lambda x, y: x, [1]))
except TypeError as e:
    print("TypeError", e)
