import random
from collections import defaultdict, Counter

TEXT = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the dog . the bird saw a cat ."""


def build(words, order=1):
    model = defaultdict(Counter)
    for i in range(len(words) - order):
        key = tuple(words[i:i + order])
        model[key][words[i + order]] += 1
    return model


def generate(model, start, length, rng):
    out = list(start)
    state = tuple(start)
    for _ in range(length):
        options = model.get(state)
        if not options:
            break
        choices, weights = zip(*sorted(options.items()))
        nxt = rng.choices(choices, weights=weights)[0]
        out.append(nxt)
        state = tuple(out[-len(state):])
    return " ".join(out)


words = TEXT.split()
m1 = build(words)
m2 = build(words, 2)
print(len(m1), "states (order 1),", len(m2), "states (order 2)")
print(sorted(m1[("the",)].items()))
print(m1[("sat",)].most_common(1))
rng = random.Random(7)
for _ in range(3):
    print(generate(m1, ["the"], 12, rng))
rng.seed(99)
print(generate(m2, ["the", "dog"], 15, rng))
freq = Counter(words)
print(freq.most_common(4), freq["cat"], freq["zebra"])
print(sum(freq.values()), len(freq), sorted(freq)[:5])
