from statistics import mean, pstdev

students = {
    "ann": {"hw": [92, 88, 95], "mid": 84, "final": 91},
    "bob": {"hw": [70, 65, 80], "mid": 72, "final": 68},
    "cy": {"hw": [100, 98, 99], "mid": 97, "final": 99},
    "di": {"hw": [55, 0, 60], "mid": 61, "final": 70},
}
WEIGHTS = {"hw": 0.3, "mid": 0.3, "final": 0.4}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (70, "C"), (60, "D"), (0, "F")]


def score(rec):
    hw = sorted(rec["hw"])[1:]
    return WEIGHTS["hw"] * mean(hw) + WEIGHTS["mid"] * rec["mid"] + WEIGHTS["final"] * rec["final"]


def letter(s):
    return next(l for cut, l in CUTOFFS if s >= cut)


scores = {name: score(r) for name, r in students.items()}
mu, sd = mean(scores.values()), pstdev(scores.values())
print(f"{'name':<6}{'score':>7}{'grade':>6}{'z':>7}")
for name, s in sorted(scores.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{name:<6}{s:>7.2f}{letter(s):>6}{(s - mu) / sd:>+7.2f}")
print(f"class mean {mu:.2f} sd {sd:.2f}")
dist = {}
for s in scores.values():
    dist[letter(s)[0]] = dist.get(letter(s)[0], 0) + 1
print(dict(sorted(dist.items())))
