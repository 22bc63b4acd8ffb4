# Comprehensions over dicts, strings and enumerate.
inventory = {"apples": 10, "pears": 0, "plums": 4, "figs": 0}
print([k for k, v in inventory.items() if not v], {k: v for k, v in inventory.items() if v})
print([k[0].upper() + k[1:] for k in inventory])
sentence = "To be or not to be"
print({w.lower(): sentence.lower().split().count(w.lower()) for w in sentence.split()})
print([i for i, ch in enumerate(sentence) if ch == "o"])
print(["".join(reversed(w)) for w in sentence.split()][::-1])
print({c: sentence.count(c) for c in sorted(set(sentence.replace(" ", "")))})
