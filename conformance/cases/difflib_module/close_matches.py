# get_close_matches: scores, cutoff, n, ties and argument checks.
from difflib import get_close_matches
import keyword

print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", keyword.kwlist))
print(get_close_matches("pineapple", keyword.kwlist))
print(get_close_matches("accept", keyword.kwlist))
print(get_close_matches("lamda", keyword.kwlist, n=1))
print(get_close_matches("ab", ["ab", "ba", "ab", "abc", "a", "b"], n=10, cutoff=0.0))
print(get_close_matches("abc", ["abd", "abe", "abf", "xbc"], n=2))
print(get_close_matches("", ["", "a"], cutoff=0.0))
print(get_close_matches([1, 2], [[1, 2], [2, 1], [1]], cutoff=0.5))
for n, cutoff in [(0, 0.5), (-1, 0.5), (1, 1.5), (1, -0.1)]:
    try:
        get_close_matches("x", ["x"], n, cutoff)
    except ValueError as e:
        print("ValueError", e)
