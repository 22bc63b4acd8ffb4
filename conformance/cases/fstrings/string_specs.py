# Format specs for strings.
s = "word"
print(f"[{s}]|[{s:10}]|[{s:<10}]|[{s:>10}]|[{s:^10}]|[{s:*^11}]|[{s:.2}]|[{s:>8.3}]")
print(f"[{s:-<8}]|[{s:.>8}]|[{s:0>8}]|[{s:2}]|[{'':5}]|[{'é':^5}]|[{'日本':*<6}]")
try:
    f"{s:d}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{s:+}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{s:=10}"
except ValueError as e:
    print("ValueError", e)
for name, score in (("ann", 9), ("bartholomew", 10), ("cy", 7)):
    print(f"{name:.<12}{score:.>4}")
