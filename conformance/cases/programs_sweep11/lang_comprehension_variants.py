words = ["apple", "Banana", "cherry", "date", "Elder", "fig"]
print([w.lower() for w in words if len(w) > 4])
print({w[0].lower(): w for w in words})
print({len(w) for w in words})
print(list(w.upper() for w in words[:2]))
print([(i, w) for i, w in enumerate(words) if i % 2 == 0])
print([c for w in words for c in w if c.isupper()])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sum(len(w) for w in words), max(words, key=len), sorted(words, key=str.lower)[:3])
print([w if len(w) > 4 else w.upper() for w in words])
print(dict(sorted({w: len(w) for w in words}.items(), key=lambda kv: (-kv[1], kv[0]))))
flat = [x for sub in [[1, 2], [], [3], [4, [5]]] for x in sub]
print(flat, [y for x in range(3) for y in range(x)], [x for x in range(20) if x % 2 if x % 3])
