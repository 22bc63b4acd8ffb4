import random
from collections import defaultdict

corpus = """the cat sat on the mat the dog sat on the log the cat saw the dog
and the dog saw the cat on the mat near the log"""
words = corpus.split()
chain = defaultdict(list)
for a, b, c in zip(words, words[1:], words[2:]):
    chain[(a, b)].append(c)
print(len(chain), "states;", sorted(chain[("the", "cat")]))
rng = random.Random(5)
for _ in range(3):
    state = rng.choice(sorted(chain))
    out = list(state)
    for _ in range(10):
        nxt = chain.get(state)
        if not nxt:
            break
        w = rng.choice(nxt)
        out.append(w)
        state = (state[1], w)
    print(" ".join(out))
branching = {k: len(set(v)) for k, v in chain.items() if len(set(v)) > 1}
print(sorted(branching.items()))
