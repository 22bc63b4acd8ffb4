# A misspelt str method: the suggestion comes from the type's methods.
words = ["alpha", "beta"]
for w in words:
    print(w.upper())
print(words[0].uper())
