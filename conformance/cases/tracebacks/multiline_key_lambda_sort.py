# An error in a multi-line expression of a sort key function.
def score(rec):
    return (rec["points"] * 2
            + rec["bonus"]
            - rec["penalty"])
recs = [{"points": 1, "bonus": 2, "penalty": 0}, {"points": 5, "bonus": None, "penalty": 1}]
print(sorted(recs, key=score))
