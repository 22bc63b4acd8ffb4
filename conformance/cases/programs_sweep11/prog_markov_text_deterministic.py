from collections import defaultdict, Counter

corpus = """the cat sat on the mat the cat ate the rat the rat sat on the cat
the dog sat on the log the dog ate the cat""".split()
chain = defaultdict(Counter)
for a, b, c in zip(corpus, corpus[1:], corpus[2:]):
    chain[(a, b)][c] += 1


def generate(start, n):
    out = list(start)
    for _ in range(n):
        nxt = chain.get(tuple(out[-2:]))
        if not nxt:
            break
        word = max(sorted(nxt), key=lambda w: nxt[w])
        out.append(word)
    return " ".join(out)


print(generate(("the", "cat"), 8))
print(generate(("the", "dog"), 8))
print(generate(("on", "the"), 3))
print(generate(("zzz", "q"), 3))
print(sorted(((k, dict(v)) for k, v in chain.items() if len(v) > 1), key=lambda kv: kv[0]))
print(Counter(corpus).most_common(3), len(chain))
