import itertools
import random

players = {"ana": 1500, "ben": 1500, "cai": 1500, "dee": 1500}
skill = {"ana": 0.8, "ben": 0.5, "cai": 0.65, "dee": 0.3}
rng = random.Random(99)


def expected(ra, rb):
    return 1 / (1 + 10 ** ((rb - ra) / 400))


for rnd in range(3):
    for a, b in itertools.combinations(sorted(players), 2):
        p_a = skill[a] / (skill[a] + skill[b])
        score = 1.0 if rng.random() < p_a else 0.0
        ea = expected(players[a], players[b])
        players[a] += round(32 * (score - ea))
        players[b] += round(32 * ((1 - score) - (1 - ea)))
    print(f"round {rnd + 1}:", dict(sorted(players.items(), key=lambda kv: -kv[1])))
print("total rating conserved-ish:", sum(players.values()))
print(f"{expected(1600, 1400):.4f} {expected(1400, 1600):.4f}")
