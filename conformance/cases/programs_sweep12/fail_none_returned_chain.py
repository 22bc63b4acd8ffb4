def normalize(items):
    items.sort()
    items.reverse()


scores = [70, 95, 88]
normalize(scores)
print(scores)
top = normalize(scores)
print("top:", top)
print("best:", top[0])
