# print: sep/end None or str, flush, empty calls, non-str objects, errors.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="|\n")
print(1, 2.5, None, True, [1, "s"], {"k": (1,)}, sep=", ")
print(sep="-", end="!\n")
print("multi\nline", "tab\t", sep="\n")
print("flush", flush=True)
print("no flush", flush=0)
print("caf\u00e9", "\U0001f600")
print(*range(5), sep="+", end="=10\n")
print(*[], end="<empty>\n")
print("one", file=None)
print("".join(["a"] * 5), "b" * 3)
for kwargs in [{"sep": 1}, {"end": 1}, {"sep": 2.5}, {"end": []}, {"foo": 1}]:
    try:
        print("never", **kwargs)
    except TypeError as e:
        print("TypeError", e)
