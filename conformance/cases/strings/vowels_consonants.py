# Counting character classes in a sentence.
sentence = "The quick brown fox jumps over the lazy dog, 3 times!"
vowels = sum(1 for c in sentence.lower() if c in "aeiou")
consonants = sum(1 for c in sentence.lower() if c.isalpha() and c not in "aeiou")
digits = sum(c.isdigit() for c in sentence)
spaces = sentence.count(" ")
print(vowels, consonants, digits, spaces, len(sentence) - vowels - consonants - digits - spaces)
print("pangram:", set("abcdefghijklmnopqrstuvwxyz") <= set(sentence.lower()))
first_letters = "".join(w[0] for w in sentence.split())
print(first_letters, first_letters.upper())
print(sentence.title())
print(" ".join(w[::-1] for w in sentence.split()))
print(" ".join(reversed(sentence.split())))
print(max(sentence.split(), key=len), min(sentence.split(), key=len))
