# Searching with early exits: any(), for-else and flags compared.
words = ["delta", "alpha", "echo", "bravo", "charlie"]
has_long = False
for w in words:
    if len(w) > 6:
        has_long = True
        break
print(has_long, any(len(w) > 6 for w in words))
for w in words:
    if w.startswith("z"):
        print("found z-word", w)
        break
else:
    print("no z-word")
position = -1
i = 0
while i < len(words):
    if words[i] == "bravo":
        position = i
        break
    i += 1
print(position, words.index("bravo"))
