from collections import Counter

text = "The quick brown fox jumps over the lazy dog while seven wizards quietly hex jumbo frogs"
letters = [c for c in text.lower() if c.isalpha()]
vowels = [c for c in letters if c in "aeiou"]
print(len(letters), len(vowels), f"{len(vowels) / len(letters):.1%}")
print(Counter(vowels).most_common(), sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters)))
words = text.split()
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (-len(w), w))[:3])
print({w: sum(c in "aeiou" for c in w.lower()) for w in words[:5]})
print(" ".join(w[::-1] for w in words[:4]), text.title()[:20], text.count("o"))
