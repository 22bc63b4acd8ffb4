def numbered(lines, start=1):
    for i, line in enumerate(lines, start):
        yield f"{i:03d}| {line}"


def grep(pattern, lines):
    return (l for l in lines if pattern in l)


def head(lines, n):
    for i, l in enumerate(lines):
        if i >= n:
            return
        yield l


text = """alpha beta
gamma delta
beta epsilon
zeta
eta beta theta""".splitlines()
for l in head(numbered(grep("beta", text)), 2):
    print(l)
print(list(numbered([])), list(head(iter(text), 0)))
gen = grep("a", text)
print(sum(1 for _ in gen), sum(1 for _ in gen))
upper = map(str.upper, text)
print(next(upper), list(zip(upper, range(2))))
words = (w for line in text for w in line.split())
print(sorted(set(words))[:5], len(list(words)))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
