# max and min with key= and default=.
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "abd"), min((1, 2), (1, 1)))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([], default="empty"), min([], default=None), max([5], default=0), min((), key=len, default="-"))
print(max(-3, 2, -5, key=abs), min([-3, 2, -5], key=abs), max([1, 1.0, True]), min([True, 1, 1.0]))
print(max(range(10), key=lambda v: (v % 3, -v)), max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get))
print(max([[1, 2], [1, 3], [0, 9]]), max("a", "B"), min(float("inf"), 10 ** 400))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min([], key=len)
except ValueError as e:
    print("ValueError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
try:
    max([1, "a"])
except TypeError as e:
    print("TypeError", e)
