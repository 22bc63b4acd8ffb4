words = ["delta", "alpha", "charlie", "bravo"]
ordered = sorted(words)
print(ordered)
print(lenght(ordered))
