# Generator expressions consumed by builtins.
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]), min(x % 7 for x in range(10, 20)))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, -1]), sorted(c for c in "banana"))
print(list(x for x in range(5)), tuple(str(x) for x in range(3)), set(x % 2 for x in range(9)))
print(", ".join(w.title() for w in "one two three".split()))
gen = (x * 10 for x in range(3))
print(next(gen), next(gen), list(gen), list(gen))
print(sum(1 for line in "a\nb\n\nc".split("\n") if line), dict((k, len(k)) for k in ["x", "yy"]))
total = sum(v for v in range(1000000) if v % 99999 == 0)
print(total)
nums = [3, 8, 1, 9]
print(next((n for n in nums if n > 5), None), next((n for n in nums if n > 50), "none"))
