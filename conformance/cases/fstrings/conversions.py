# !r, !s and !a conversions.
values = ["text", 'it\'s', 42, 3.0, None, [1, "a"], ("t",), {"k": "v"}, "tab\t", "é"]
for v in values:
    print(f"{v!s} | {v!r} | {v!a} | {v}")
print(f"{'x'!r:^9}|", f"{'x'!s:*>4}", f"{3.14!r:>8}")
