# unified_diff and context_diff: headers, dates, ranges, context sizes,
# lineterm, empty inputs, type checks, and diff_bytes.
import difflib

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n",
     "eight\n", "nine\n", "ten\n", "eleven\n", "twelve\n"]
b = ["zero\n", "one\n", "two\n", "3\n", "four\n", "five\n", "six\n", "seven\n",
     "eight\n", "nine\n", "ten\n", "twelve\n", "thirteen\n"]
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2024-01-01", "2024-01-02", n=1)),
      end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfiledate="d1", tofiledate="d2", n=1)), end="")
print("".join(difflib.context_diff(a, b, n=0)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
print(list(difflib.context_diff(["x"], ["y"], lineterm="")))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(a, a)))
print(list(difflib.unified_diff([], ["new\n"])))
print(list(difflib.unified_diff(["old\n"], [])))
print(list(difflib.context_diff([], ["new\n"])))
print(list(difflib.context_diff(["old\n"], [])))
print(list(difflib.unified_diff("abc", "abd")))
for args in [([1], ["x"]), (["x"], [b"y"]), (["x"], ["y"], 5)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print("TypeError", e)
    try:
        list(difflib.context_diff(*args))
    except TypeError as e:
        print("TypeError", e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\xff\n"], [b"a\n", b"c\n"],
                              b"f1", b"f2")))
print(list(difflib.diff_bytes(difflib.context_diff, [b"a\n"], [b"b\n"])))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
