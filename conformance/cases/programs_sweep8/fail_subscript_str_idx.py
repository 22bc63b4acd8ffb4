scores = [10, 20, 30]
idx = "1"
print(scores[idx])
