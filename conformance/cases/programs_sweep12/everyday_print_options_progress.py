import sys

items = ["alpha", "beta", "gamma", "delta", "epsilon"]
for i, item in enumerate(items, 1):
    pct = i / len(items)
    bar = "#" * int(pct * 20)
    print(f"\r[{bar:<20}] {pct:>4.0%} {item}", end="", flush=True)
print()
print("a", "b", "c", sep=" | ", end=" <end>\n")
print(*items, sep=", ")
print(*range(5))
print()
print("no newline", end="")
print(" ...continued")
n = sys.stdout.write("written by write()\n")
print("write returned", n)
print("tab\tseparated", "values", sep="\t")
print(*[f"{x:>3}" for x in range(0, 50, 7)], sep="")
sys.stdout.write("".join(f"{ch}." for ch in "abc") + "\n")
print("x" * 3, end="\n\n")
print(repr(print("inner", end="|")))
print(sep="ignored")
print(None, True, 1.0, [1], {"k": (1,)}, sep=";")
