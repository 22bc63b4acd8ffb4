words = ["alpha", "beta", 3, "gamma"]
print(", ".join(words))
