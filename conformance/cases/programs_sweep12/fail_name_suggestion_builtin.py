words = ["delta", "alpha", "charlie", "bravo"]
print(sorted(words))
print(lenght(words))
