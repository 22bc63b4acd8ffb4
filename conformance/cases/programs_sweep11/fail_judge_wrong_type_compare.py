scores = {"ann": 90, "bob": "85", "cy": 70}
ranked = sorted(scores, key=scores.get, reverse=True)
print(ranked)
